package org.partnercenter.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.testing.ServiceBasicsContract;

@QuarkusTest
@GatewayTest
class HealthTest extends ServiceBasicsContract {

    @Override
    protected String serviceName() {
        return "identity-gateway";
    }
}
