package org.partnercenter.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.testing.TestIdentityProvider;

/**
 * What the gateway needs besides its database and broker: the development identity provider as its
 * Azure AD, an operator tenant with a first administrator, and origins standing in for the services (their
 * public ports and their management ports).
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String authority = TestIdentityProvider.authority();
        TestUser admin = Operator.admin();
        String origin = EchoOrigin.url();
        return Map.ofEntries(
                Map.entry("gateway.sign-in.authority", authority),
                Map.entry("gateway.sign-in.v1-authority", authority + "/sts"),
                Map.entry("gateway.operator.tenant-id", admin.tenantId()),
                Map.entry("gateway.operator.admin-object-id", admin.objectId()),
                Map.entry("gateway.services.customer", origin),
                Map.entry("gateway.services.billing", origin),
                // Pricing through a relay that tells a test which connections are open (ConnectionWatch).
                Map.entry("gateway.services.pricing", ConnectionWatch.url(origin)),
                Map.entry("gateway.services.support", origin),
                // customer-service's management port serves a document; the others' answer an echo, not one.
                Map.entry("gateway.services.management.customer", EchoOrigin.documentingManagementUrl()),
                Map.entry("gateway.services.management.billing", origin),
                Map.entry("gateway.services.management.pricing", origin),
                Map.entry("gateway.services.management.support", origin));
    }

    @Override
    public void stop() {
        // The identity provider and the origin outlive one application start, like the database.
    }

    /** The operator tenant and its admin, the same for every application start in this JVM. */
    public static final class Operator {
        private static final String SHARED = "partner-center.test.gateway.operator";

        private Operator() {
        }

        public static TestUser admin() {
            synchronized (System.getProperties()) {
                String shared = System.getProperty(SHARED);
                if (shared == null) {
                    TestUser admin = TestUser.create(UUID.randomUUID().toString(), "operator-admin");
                    shared = String.join(" ", admin.tenantId(), admin.objectId(), admin.userPrincipalName(),
                            admin.password());
                    System.setProperty(SHARED, shared);
                }
                String[] parts = shared.split(" ");
                return new TestUser(parts[0], parts[1], parts[2], parts[3]);
            }
        }
    }
}
