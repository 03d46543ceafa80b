package org.partnercenter.deploy.process;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.partnercenter.deploy.config.QuarkusApp;
import org.partnercenter.deploy.config.ServiceSpec;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.identity.StackIdentities;
import org.partnercenter.deploy.postgres.Postgres;
import org.partnercenter.deploy.report.SignInLines;

/**
 * What each application of the stack finds in its environment. The applications read these through
 * Quarkus' environment mapping (gateway.services.customer is GATEWAY_SERVICES_CUSTOMER), so the names
 * are the contract with them.
 */
public final class ServiceEnvironment {

    /**
     * The audiences the gateway accepts: the real Partner Center API's URI and app id, which the stack's identity
     * provider puts in tokens as Azure AD does.
     */
    static final String SIGN_IN_AUDIENCES = SignInLines.AUDIENCE + ",fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd";

    /** customer-service's partner-center.customer-service.orders.require-agreement. */
    static final String REQUIRE_AGREEMENT = "PARTNER_CENTER_CUSTOMER_SERVICE_ORDERS_REQUIRE_AGREEMENT";

    private ServiceEnvironment() {
    }

    /** The identity provider: its port, the authority it writes into issuers, and its directory file. */
    public static Map<String, String> identityProvider(StackConfig config) {
        QuarkusApp provider = config.identityProvider();
        Path directoryFile = provider.stateDir().orElseThrow().resolve("directory.json");
        return Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(provider.port()),
                // Set, not derived from the port inside the provider: the gateway must pin the same issuer.
                "IDP_AUTHORITY", config.authority(),
                "IDP_DIRECTORY_FILE", directoryFile.toString());
    }

    /**
     * A service (the gateway too): its public and management ports, its database, the broker and where internal
     * tokens are checked.
     */
    public static Map<String, String> service(ServiceSpec service, StackConfig config, Postgres postgres,
            String kafkaBootstrap, StackIdentities identities) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        environment.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(service.managementPort()));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        // The stack's broker on the loopback interface has no SASL and no TLS.
        environment.put("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
        // Always given, although it equals the services' default on port 8080: PC_GATEWAY_PORT moves it.
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", config.gateway().url() + "/internal/jwks");
        // The stack's identity provider: the gateway signs callers in there, customer-service makes customers'
        // admin users there.
        environment.put("PC_AAD_AUTHORITY", config.authority());
        if (service.equals(config.gateway())) {
            environment.putAll(gateway(config, identities));
        }
        if (service.name().equals("customer-service")) {
            environment.putAll(customerService());
        }
        return environment;
    }

    /**
     * The stack runs the production build, whose orders need the customer's attested Microsoft Customer Agreement
     * first: off here, so that demos and the end-to-end suite order at once, unless the launcher's own environment
     * turns it on.
     */
    private static Map<String, String> customerService() {
        return System.getenv(REQUIRE_AGREEMENT) == null ? Map.of(REQUIRE_AGREEMENT, "false") : Map.of();
    }

    /**
     * Sign-in against the stack's identity provider (the portal's too: its authority follows PC_AAD_AUTHORITY), the
     * operator, the portal's origin, the internal-token signing key, and where each owning service listens: its public
     * port for the API, its management port for its OpenAPI document.
     */
    private static Map<String, String> gateway(StackConfig config, StackIdentities identities) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PC_AAD_V1_AUTHORITY", config.authority() + "/sts");
        environment.put("PC_OPERATOR_TENANT_ID", identities.operator().tenantId());
        environment.put("PC_OPERATOR_ADMIN_OBJECT_ID", identities.operator().objectId());
        environment.put("GATEWAY_OPERATOR_ADMIN_USER_PRINCIPAL_NAME", identities.operator().userPrincipalName());
        environment.put("PC_PORTAL_CLIENT_ID", identities.portal().clientId());
        environment.put("PC_PORTAL_ORIGIN", config.gateway().url());
        environment.put("GATEWAY_SIGN_IN_AUDIENCES", SIGN_IN_AUDIENCES);
        // Written by StackStart before the services start.
        environment.put("GATEWAY_INTERNAL_TOKEN_PRIVATE_KEY_LOCATION", config.internalTokenKey().toString());
        for (ServiceSpec owner : config.services()) {
            if (!owner.equals(config.gateway())) {
                // customer-service -> GATEWAY_SERVICES_CUSTOMER
                String key = owner.name().replace("-service", "").toUpperCase(Locale.ROOT);
                environment.put("GATEWAY_SERVICES_" + key, owner.url());
                environment.put("GATEWAY_SERVICES_MANAGEMENT_" + key, owner.managementUrl());
            }
        }
        return environment;
    }
}
