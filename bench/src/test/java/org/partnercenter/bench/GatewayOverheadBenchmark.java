package org.partnercenter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TestTokens;

/**
 * A cheap GET ({@code /v1/customers/{id}}, one row by key) through the gateway, with an Azure AD token
 * from the development identity provider, against the same GET straight to customer-service with an
 * internal token, in the same run, on the same packaged services.
 */
class GatewayOverheadBenchmark {

    /**
     * Kafka belongs in its own process, as in any deployment: in the benchmark's JVM its work (the gateway
     * publishes an audit event per request) would be charged to the load generator's latencies.
     */
    static final String COMMAND = "./mvnw -q install -DskipTests && ./run-stack --infra-only & "
            + "PC_TEST_KAFKA_BOOTSTRAP=127.0.0.1:9092 ./mvnw -f bench/pom.xml verify -Dtest=GatewayOverheadBenchmark";

    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 10));
    private final Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));
    private final int clients = Integer.getInteger("bench.clients", 4);

    @Test
    void measureGatewayAgainstDirect() throws Exception {
        Path workDir = Path.of(System.getProperty("bench.workDir", "target"));
        Files.createDirectories(workDir);
        Map<String, String> customerConfig = infrastructure("bench_customer");
        try (ServiceProcess customers = ServiceProcess.start("customer-service",
                Path.of(System.getProperty("bench.serviceJar")), workDir, customerConfig);
                GatewayUnderTest gateway = GatewayUnderTest.start(workDir, infrastructure("bench_gateway"),
                        customers.baseUrl)) {
            GatewayUnderTest.Partner partner = gateway.registerDirectPartner();
            Caller caller = new Caller(UUID.fromString(partner.tenantId()), PartnerType.DIRECT, partner.objectId(),
                    partner.userPrincipalName(), Set.of(Roles.GLOBAL_ADMIN), false);
            BenchData.Subscription subscription = new Setup(java.net.http.HttpClient.newHttpClient(),
                    customers.baseUrl).subscriptions(caller, 1).get(0);
            String path = "/v1/customers/" + subscription.customerId();
            URI direct = URI.create(customers.baseUrl + path);
            URI throughGateway = URI.create(gateway.baseUrl() + path);
            String internalToken = TestTokens.sign(caller);

            LoadRun.run("warm-up direct", direct, internalToken, clients, warmup);
            LoadRun.run("warm-up gateway", throughGateway, partner.token(), clients, warmup);
            List<LoadRun.Result> results = List.of(
                    LoadRun.run("direct", direct, internalToken, 1, measure),
                    LoadRun.run("gateway", throughGateway, partner.token(), 1, measure),
                    LoadRun.run("direct", direct, internalToken, clients, measure),
                    LoadRun.run("gateway", throughGateway, partner.token(), clients, measure));
            results.forEach(result -> assertThat(result.requests()).isPositive());
            report(workDir, results);
        }
    }

    private static Map<String, String> infrastructure(String database) {
        PostgresAndKafka infrastructure = new PostgresAndKafka();
        infrastructure.init(Map.of("database", database));
        return new HashMap<>(infrastructure.start());
    }

    private void report(Path workDir, List<LoadRun.Result> results) throws Exception {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "gateway overhead benchmark: GET /v1/customers/{id}, %d s per run after %d s warm-up%n"
                        + "  %-8s %7s %10s %9s %9s%n", measure.toSeconds(), warmup.toSeconds(), "target", "clients",
                "req/s", "p50 ms", "p99 ms"));
        for (LoadRun.Result result : results) {
            text.append(String.format(Locale.ROOT, "  %-8s %7d %,10.0f %9.2f %9.2f%n", result.target(),
                    result.clients(), result.perSecond(), result.percentileMillis(50), result.percentileMillis(99)));
        }
        for (int i = 0; i < results.size(); i += 2) {
            LoadRun.Result direct = results.get(i);
            LoadRun.Result gateway = results.get(i + 1);
            double ratio = gateway.perSecond() / direct.perSecond();
            double addedP99 = gateway.percentileMillis(99) - direct.percentileMillis(99);
            text.append(String.format(Locale.ROOT, "  %d client(s): gateway at %.1f %% of direct req/s, "
                            + "adds %.2f ms at p50 and %.2f ms at p99 (goal: >= 60 %% and < 2 ms at p99: %s)%n",
                    direct.clients(), 100 * ratio,
                    gateway.percentileMillis(50) - direct.percentileMillis(50), addedP99,
                    ratio >= 0.6 && addedP99 < 2 ? "met" : "NOT met"));
        }
        String kafka = System.getenv("PC_TEST_KAFKA_BOOTSTRAP") == null ? "Kafka in the benchmark's JVM (set "
                + "PC_TEST_KAFKA_BOOTSTRAP for a broker of its own)" : "Kafka in its own process";
        text.append(String.format(Locale.ROOT, "  machine: %d cores; client, gateway, customer-service, identity "
                + "provider, PostgreSQL and Kafka all on it; %s%n  command: %s%n",
                Runtime.getRuntime().availableProcessors(), kafka, COMMAND));
        System.out.println(text);
        Files.writeString(workDir.resolve("gateway-overhead-bench.txt"), text);
    }
}
