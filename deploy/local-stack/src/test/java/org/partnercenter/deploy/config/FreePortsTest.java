package org.partnercenter.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.deploy.StackFailure;

class FreePortsTest {

    private static final Path ROOT = Path.of("/checkout");
    private static final LaunchOptions INFRA_ONLY = LaunchOptions.parse("--infra-only");

    @Test
    void shouldNameBothSettingsWhenTwoPartsAreSetToOnePort() {
        StackConfig config = TestSettings.config(ROOT, Map.of("PC_CUSTOMER_PORT", "28081", "PC_BILLING_PORT", "28081"));

        assertThatThrownBy(() -> FreePorts.require(config, port -> true))
                .isInstanceOf(StackFailure.class)
                .hasMessage("customer-service and billing-service are both set to port 28081: change PC_BILLING_PORT"
                        + " or PC_CUSTOMER_PORT");
    }

    @Test
    void shouldCatchTheCollisionWhenAManagementPortIsSetToAnotherServicesPort() {
        StackConfig config = TestSettings.config(ROOT, Map.of("PC_CUSTOMER_MANAGEMENT_PORT", "8082"));

        assertThatThrownBy(() -> FreePorts.require(config, port -> true))
                .isInstanceOf(StackFailure.class)
                .hasMessageContaining("both set to port 8082")
                .hasMessageContaining("PC_CUSTOMER_MANAGEMENT_PORT").hasMessageContaining("PC_BILLING_PORT");
    }

    @Test
    void shouldCatchTheCollisionWhenAServiceIsMovedOntoTheDefaultManagementPortOfAnother() {
        StackConfig config = TestSettings.config(ROOT, Map.of("PC_GATEWAY_PORT", "8181"));

        assertThatThrownBy(() -> FreePorts.require(config, port -> true))
                .isInstanceOf(StackFailure.class)
                .hasMessage("identity-gateway and customer-service's management port are both set to port 8181:"
                        + " change PC_CUSTOMER_MANAGEMENT_PORT or PC_GATEWAY_PORT");
    }

    @Test
    void shouldNameTheSettingThatMovesAPortWhenTheStackFindsItTaken() {
        StackConfig config = TestSettings.config(ROOT, Map.of());

        assertThatThrownBy(() -> FreePorts.require(config, port -> port != 9093))
                .isInstanceOf(StackFailure.class)
                .hasMessageStartingWith("port 9093 (the Kafka controller) is already in use")
                .hasMessageEndingWith("set PC_KAFKA_CONTROLLER_PORT to another port");
    }

    @Test
    void shouldCheckEveryPortOfTheStackWhenEverythingStarts() {
        List<Integer> checked = new ArrayList<>();

        FreePorts.require(TestSettings.config(ROOT, Map.of()), checked::add);

        assertThat(checked).containsExactlyInAnyOrder(15432, 9092, 9093, 8090,
                8080, 8081, 8082, 8083, 8084, 8180, 8181, 8182, 8183, 8184);
    }

    @Test
    void shouldCheckOnlyPostgresAndKafkaWhenOnlyTheInfrastructureStarts() {
        List<Integer> checked = new ArrayList<>();
        StackConfig config = TestSettings.config(ROOT, INFRA_ONLY, Map.of("PC_CUSTOMER_PORT", "9092"));

        FreePorts.require(config, checked::add);

        assertThat(checked).containsExactly(15432, 9092, 9093);
    }

    @Test
    void shouldNotCheckTheServersPortsWhenTheDeveloperRunsThem() {
        List<Integer> checked = new ArrayList<>();
        StackConfig config = TestSettings.config(ROOT, INFRA_ONLY, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092", "PC_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"));

        FreePorts.require(config, checked::add);

        assertThat(checked).isEmpty();
    }

    @Test
    void shouldRefuseToStartWhenAnotherProgramListensOnAPortOfTheStack() throws IOException {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress("127.0.0.1", 0));
            StackConfig config = TestSettings.config(ROOT, INFRA_ONLY,
                    Map.of("PC_POSTGRES_PORT", Integer.toString(other.getLocalPort())));

            assertThatThrownBy(() -> FreePorts.require(config))
                    .isInstanceOf(StackFailure.class)
                    .hasMessageContaining("port " + other.getLocalPort() + " (PostgreSQL) is already in use")
                    .hasMessageContaining("set PC_POSTGRES_PORT to another port");
        }
    }
}
