package org.partnercenter.deploy.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercenter.deploy.config.ServiceSpec;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.config.TestSettings;
import org.partnercenter.deploy.identity.CliApplication;
import org.partnercenter.deploy.identity.OperatorAdmin;
import org.partnercenter.deploy.identity.PortalApplication;
import org.partnercenter.deploy.identity.StackIdentities;
import org.partnercenter.deploy.postgres.Postgres;

class ServiceEnvironmentTest {

    private static final StackIdentities IDENTITIES = new StackIdentities(
            new OperatorAdmin("00000000-0000-4000-8000-000000000001", "11111111-1111-4111-8111-111111111111",
                    "admin@operator.test", Optional.empty(), Optional.empty()),
            new PortalApplication("22222222-2222-4222-8222-222222222222", "http://127.0.0.1:8080/signin-callback"),
            new CliApplication("33333333-3333-4333-8333-333333333333"));

    @Test
    void shouldGiveOnlyTheGatewayThePortalsClientIdWhenTheStackStarts() {
        StackConfig config = TestSettings.config(Path.of("/checkout"), Map.of());
        Postgres postgres = Postgres.external(new StackConfig.ExternalPostgres(
                "jdbc:postgresql://127.0.0.1:15432/postgres", "postgres", ""), config.databases());

        for (ServiceSpec service : config.services()) {
            Map<String, String> environment = ServiceEnvironment.service(service, config, postgres,
                    "127.0.0.1:9092", IDENTITIES);
            assertThat(environment.get("PC_PORTAL_CLIENT_ID")).as(service.name())
                    .isEqualTo(service.equals(config.gateway()) ? "22222222-2222-4222-8222-222222222222" : null);
        }
    }

    /** What each application's production profile requires (its partner-center.required-environment lists). */
    private static final List<String> SHARED = List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL");
    private static final Map<String, List<String>> OWN = Map.of(
            "customer-service", List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "PC_AAD_AUTHORITY"),
            "billing-service", List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
            "pricing-service", List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
            "support-service", List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
            "identity-gateway", List.of("PC_AAD_AUTHORITY", "GATEWAY_SIGN_IN_AUDIENCES", "PC_OPERATOR_TENANT_ID",
                    "PC_OPERATOR_ADMIN_OBJECT_ID", "PC_PORTAL_CLIENT_ID", "PC_PORTAL_ORIGIN",
                    "GATEWAY_INTERNAL_TOKEN_PRIVATE_KEY_LOCATION", "GATEWAY_SERVICES_CUSTOMER",
                    "GATEWAY_SERVICES_BILLING", "GATEWAY_SERVICES_PRICING", "GATEWAY_SERVICES_SUPPORT",
                    "GATEWAY_SERVICES_MANAGEMENT_CUSTOMER", "GATEWAY_SERVICES_MANAGEMENT_BILLING",
                    "GATEWAY_SERVICES_MANAGEMENT_PRICING", "GATEWAY_SERVICES_MANAGEMENT_SUPPORT"));

    @Test
    void shouldGiveEveryApplicationEachVariableItsProductionProfileRequiresWhenTheStackStarts() {
        StackConfig config = TestSettings.config(Path.of("/checkout"), Map.of());
        Postgres postgres = Postgres.external(new StackConfig.ExternalPostgres(
                "jdbc:postgresql://127.0.0.1:15432/postgres", "postgres", "secret"), config.databases());

        for (ServiceSpec service : config.services()) {
            Map<String, String> environment = ServiceEnvironment.service(service, config, postgres,
                    "127.0.0.1:9092", IDENTITIES);

            List<String> required = new ArrayList<>(SHARED);
            required.addAll(OWN.get(service.name()));
            assertThat(required).as(service.name())
                    .allSatisfy(name -> assertThat(environment.get(name)).as(name).isNotBlank());
        }
    }

    @Test
    void shouldConnectToTheStacksBrokerWithoutSecurityAndSignWithTheStacksKeyWhenTheStackStarts() {
        StackConfig config = TestSettings.config(Path.of("/checkout"), Map.of());
        Postgres postgres = Postgres.external(new StackConfig.ExternalPostgres(
                "jdbc:postgresql://127.0.0.1:15432/postgres", "postgres", "secret"), config.databases());

        Map<String, String> gateway = ServiceEnvironment.service(config.gateway(), config, postgres,
                "127.0.0.1:9092", IDENTITIES);

        assertThat(gateway).containsEntry("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
                .containsEntry("GATEWAY_INTERNAL_TOKEN_PRIVATE_KEY_LOCATION", config.internalTokenKey().toString())
                .containsEntry("PC_PORTAL_ORIGIN", config.gateway().url())
                .containsEntry("GATEWAY_SIGN_IN_AUDIENCES",
                        "https://api.partnercenter.microsoft.com,fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd");
    }

    @Test
    void shouldTurnTheOrdersAgreementRuleOffForCustomerServiceOnlyWhenTheLauncherEnvironmentLeavesItUnset() {
        assumeTrue(System.getenv(ServiceEnvironment.REQUIRE_AGREEMENT) == null, "the launcher's environment sets it");
        StackConfig config = TestSettings.config(Path.of("/checkout"), Map.of());
        Postgres postgres = Postgres.external(new StackConfig.ExternalPostgres(
                "jdbc:postgresql://127.0.0.1:15432/postgres", "postgres", ""), config.databases());

        for (ServiceSpec service : config.services()) {
            Map<String, String> environment = ServiceEnvironment.service(service, config, postgres,
                    "127.0.0.1:9092", IDENTITIES);
            assertThat(environment.get(ServiceEnvironment.REQUIRE_AGREEMENT)).as(service.name())
                    .isEqualTo(service.name().equals("customer-service") ? "false" : null);
        }
    }
}
