package org.partnercenter.deploy.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
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
