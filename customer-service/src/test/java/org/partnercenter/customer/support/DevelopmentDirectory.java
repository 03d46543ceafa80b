package org.partnercenter.customer.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.partnercenter.testing.TestIdentityProvider;

/**
 * The directory customers' admin users go to: the packaged development identity provider, one per test JVM.
 * Every test that creates a customer needs it, so it is declared once and, unrestricted, applies to all.
 */
public class DevelopmentDirectory implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("partner-center.customer-service.directory.url", TestIdentityProvider.authority());
    }

    @Override
    public void stop() {
        // The provider is shared by the whole test JVM and stopped with it.
    }
}
