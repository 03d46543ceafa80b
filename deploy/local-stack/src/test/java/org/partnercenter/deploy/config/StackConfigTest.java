package org.partnercenter.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.deploy.StackFailure;

class StackConfigTest {

    private static final Path ROOT = Path.of("/checkout");

    @Test
    void shouldUseTheDocumentedPortsWhenNothingIsSet() {
        StackConfig config = TestSettings.config(ROOT, Map.of());

        assertThat(config.postgresPort()).isEqualTo(15432);
        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.kafkaControllerPort()).isEqualTo(9093);
        assertThat(config.identityProviderPort()).isEqualTo(8090);
        assertThat(config.services()).extracting(ServiceSpec::name, ServiceSpec::port, ServiceSpec::managementPort)
                .containsExactly(
                        tuple("customer-service", 8081, 8181), tuple("billing-service", 8082, 8182),
                        tuple("pricing-service", 8083, 8183), tuple("support-service", 8084, 8184),
                        tuple("identity-gateway", 8080, 8180));
    }

    @Test
    void shouldKeepEverythingUnderTargetWhenNoStackDirectoryIsSet() {
        StackConfig config = TestSettings.config(ROOT, Map.of());

        assertThat(config.workDir()).isEqualTo(ROOT.resolve("target/local-stack"));
        assertThat(config.logFile("kafka")).isEqualTo(ROOT.resolve("target/local-stack/logs/kafka.log"));
        assertThat(config.tmpDir("kafka")).isEqualTo(ROOT.resolve("target/local-stack/tmp/kafka"));
    }

    @Test
    void shouldUseTheDefaultTenantSeedAndEmbeddedServersWhenNothingIsSet() {
        StackConfig config = TestSettings.config(ROOT, Map.of());

        assertThat(config.operatorTenantId()).isEqualTo(StackConfig.DEFAULT_OPERATOR_TENANT_ID);
        assertThat(config.demoSeed()).isEqualTo(StackConfig.DEFAULT_DEMO_SEED);
        assertThat(config.externalPostgres()).isEmpty();
        assertThat(config.externalKafkaBootstrap()).isEmpty();
        assertThat(config.authority()).isEqualTo("http://127.0.0.1:8090");
        assertThat(config.databases()).containsExactly("customer", "billing", "pricing", "support", "gateway");
    }

    @Test
    void shouldMoveTheManagementPortWithItsServiceWhenOnlyTheServicePortIsSet() {
        StackConfig config = TestSettings.config(ROOT, Map.of("PC_CUSTOMER_PORT", "28081"));

        ServiceSpec customer = config.services().get(0);
        assertThat(customer.port()).isEqualTo(28081);
        assertThat(customer.managementPort()).isEqualTo(28181);
        assertThat(customer.managementUrl()).isEqualTo("http://127.0.0.1:28181");
    }

    @Test
    void shouldUseTheManagementPortItNamesWhenAManagementPortIsSet() {
        StackConfig config = TestSettings.config(ROOT,
                Map.of("PC_GATEWAY_PORT", "28080", "PC_GATEWAY_MANAGEMENT_PORT", "29999"));

        assertThat(config.gateway().url()).isEqualTo("http://127.0.0.1:28080");
        assertThat(config.gateway().managementPort()).isEqualTo(29999);
        assertThat(config.gateway().managementPortSetting()).isEqualTo("PC_GATEWAY_MANAGEMENT_PORT");
    }

    @Test
    void shouldPutTheControllerNextToTheBrokerWhenOnlyTheKafkaPortIsSet() {
        StackConfig config = TestSettings.config(ROOT, Map.of("PC_KAFKA_PORT", "29092"));

        assertThat(config.kafkaControllerPort()).isEqualTo(29093);
    }

    @Test
    void shouldUseTheServersTheDeveloperRunsWhenTheirAddressesAreSet() {
        StackConfig config = TestSettings.config(ROOT, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
                "PC_POSTGRES_URL", "jdbc:postgresql://db:5432/postgres", "PC_POSTGRES_PASSWORD", "secret"));

        assertThat(config.externalKafkaBootstrap()).contains("broker:9092");
        assertThat(config.externalPostgres()).contains(
                new StackConfig.ExternalPostgres("jdbc:postgresql://db:5432/postgres", "postgres", "secret"));
    }

    @Test
    void shouldTreatASettingAsUnsetWhenItIsBlank() {
        StackConfig config = TestSettings.config(ROOT, Map.of("PC_POSTGRES_PORT", "  ", "KAFKA_BOOTSTRAP_SERVERS", ""));

        assertThat(config.postgresPort()).isEqualTo(15432);
        assertThat(config.externalKafkaBootstrap()).isEmpty();
    }

    @Test
    void shouldWriteTheTenantInLowerCaseWhenItIsGivenInCapitals() {
        StackConfig config = TestSettings.config(ROOT,
                Map.of("PC_OPERATOR_TENANT_ID", "ABCDEF00-0000-4000-8000-0000000000AA"));

        assertThat(config.operatorTenantId()).isEqualTo("abcdef00-0000-4000-8000-0000000000aa");
    }

    @Test
    void shouldResolveTheStackDirectoryAgainstTheCheckoutWhenItIsRelative() {
        StackConfig config = TestSettings.config(ROOT, Map.of("PC_STACK_DIR", "elsewhere/../stacks/one"));

        assertThat(config.workDir()).isEqualTo(ROOT.resolve("stacks/one"));
    }

    @Test
    void shouldLoadNoDemoWhenOnlyTheInfrastructureStartsEvenIfTheOptionsAskForIt() {
        StackConfig config = TestSettings.config(ROOT, new LaunchOptions(true, true, false), Map.of());

        assertThat(config.infraOnly()).isTrue();
        assertThat(config.demo()).isFalse();
    }

    @Test
    void shouldNameTheSettingWhenAPortIsNoPort() {
        assertThatThrownBy(() -> TestSettings.config(ROOT, Map.of("PC_BILLING_PORT", "80a")))
                .isInstanceOf(StackFailure.class).hasMessageStartingWith("PC_BILLING_PORT=80a is not a TCP port");
        assertThatThrownBy(() -> TestSettings.config(ROOT, Map.of("PC_KAFKA_PORT", "65536")))
                .isInstanceOf(StackFailure.class).hasMessageStartingWith("PC_KAFKA_PORT=65536 is not a TCP port");
        assertThatThrownBy(() -> TestSettings.config(ROOT, Map.of("PC_SUPPORT_MANAGEMENT_PORT", "0")))
                .isInstanceOf(StackFailure.class).hasMessageStartingWith("PC_SUPPORT_MANAGEMENT_PORT=0 is not");
    }

    @Test
    void shouldNameTheSettingWhenTheTenantOrTheSeedCannotBeRead() {
        assertThatThrownBy(() -> TestSettings.config(ROOT, Map.of("PC_OPERATOR_TENANT_ID", "operator")))
                .isInstanceOf(StackFailure.class)
                .hasMessage("PC_OPERATOR_TENANT_ID=operator is not a tenant id: use a GUID such as "
                        + StackConfig.DEFAULT_OPERATOR_TENANT_ID);
        assertThatThrownBy(() -> TestSettings.config(ROOT, Map.of("PC_DEMO_SEED", "1.5")))
                .isInstanceOf(StackFailure.class).hasMessage("PC_DEMO_SEED=1.5 is not a whole number");
    }
}
