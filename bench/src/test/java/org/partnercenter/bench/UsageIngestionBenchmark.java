package org.partnercenter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TestTokens;
import org.postgresql.PGConnection;

/**
 * Usage ingestion through {@code POST /v1/usagerecords/batches} of the packaged customer-service, against
 * {@code COPY} of the same rows into a copy of the same table on the same PostgreSQL, in the same run.
 */
class UsageIngestionBenchmark {

    static final String COMMAND = "./mvnw -q install -pl commons,testing -DskipTests && "
            + "./mvnw -q package -pl customer-service -DskipTests && ./mvnw -f bench/pom.xml verify";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final int BATCH = 10_000;

    private final int batches = Integer.getInteger("bench.batches", 20);
    private final int concurrency = Integer.getInteger("bench.concurrency", 2);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measureIngestionAgainstCopy() throws Exception {
        Path workDir = Path.of(System.getProperty("bench.workDir", "target"));
        Files.createDirectories(workDir);
        PostgresAndKafka infrastructure = new PostgresAndKafka();
        infrastructure.init(Map.of("database", "bench"));
        Map<String, String> config = infrastructure.start();
        Caller partner = new Caller(UUID.randomUUID(), PartnerType.DIRECT, "bench", null, java.util.Set.of(Roles.GLOBAL_ADMIN), false);
        Caller operator = new Caller(UUID.randomUUID(), PartnerType.OPERATOR, "bench", null,
                java.util.Set.of(Roles.OPERATOR_ADMIN), false);
        try (ServiceProcess service = ServiceProcess.start("customer-service",
                Path.of(System.getProperty("bench.serviceJar")), workDir, config)) {
            List<BenchData.Subscription> subscriptions = new Setup(http, service.baseUrl).subscriptions(partner, 20);
            String runId = "bench-" + UUID.randomUUID();
            post(service, operator, body(BenchData.batches(runId + "-warmup", subscriptions, 1, BATCH).get(0)));
            List<List<BenchData.Row>> rows = BenchData.batches(runId, subscriptions, batches, BATCH);
            List<byte[]> bodies = new ArrayList<>();
            for (List<BenchData.Row> batch : rows) {
                bodies.add(body(batch));
            }

            double apiSeconds = timeApi(service, operator, bodies);
            double copySeconds = timeCopy(config, rows);

            report(workDir, batches * BATCH, apiSeconds, copySeconds);
        }
    }

    private double timeApi(ServiceProcess service, Caller operator, List<byte[]> bodies) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> accepted = new ArrayList<>();
            for (byte[] body : bodies) {
                accepted.add(clients.submit(() -> post(service, operator, body)));
            }
            for (Future<Integer> batch : accepted) {
                assertThat(batch.get()).isEqualTo(BATCH);
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            clients.shutdownNow();
        }
    }

    private static double timeCopy(Map<String, String> config, List<List<BenchData.Row>> rows) throws Exception {
        StringBuilder csv = new StringBuilder();
        Instant now = Instant.now();
        rows.forEach(batch -> batch.forEach(row -> csv.append(BenchData.csv(row, now))));
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
            connection.createStatement().execute("create table usage_record_copy (like usage_record including all)");
            long start = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy usage_record_copy (id, "
                    + "customer_id, subscription_id, partner_tenant_id, meter_id, quantity, unit, usage_start_time, "
                    + "usage_end_time, region, resource_uri, tags, recorded_at) from stdin with (format csv)",
                    new StringReader(csv.toString()));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(copied).isEqualTo((long) rows.size() * BATCH);
            return seconds;
        }
    }

    private int post(ServiceProcess service, Caller operator, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(service.baseUrl + "/v1/usagerecords/batches"))
                .header("Authorization", "Bearer " + TestTokens.sign(operator))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("batch refused: " + response.statusCode() + " " + response.body());
        }
        JsonNode result = JSON.readTree(response.body());
        return result.path("accepted").asInt();
    }

    private static byte[] body(List<BenchData.Row> batch) throws Exception {
        return JSON.writeValueAsBytes(Map.of("records", batch.stream().map(BenchData::json).toList()));
    }

    private void report(Path workDir, int records, double apiSeconds, double copySeconds) throws Exception {
        double apiRate = records / apiSeconds;
        double copyRate = records / copySeconds;
        String text = String.format(java.util.Locale.ROOT, """
                usage ingestion benchmark (%d records in %d batches of %d, %d concurrent clients)
                  batch API : %.2f s  %,.0f records/s
                  COPY      : %.2f s  %,.0f records/s  (same rows, same PostgreSQL, same run)
                  ratio     : %.1f %% of COPY   (goal: >= 20,000 records/s and >= 25 %% of COPY: %s)
                  machine   : %d cores; PostgreSQL embedded (fsync off), Kafka in the benchmark JVM
                  command   : %s
                """, records, batches, BATCH, concurrency, apiSeconds, apiRate, copySeconds, copyRate,
                100 * apiRate / copyRate, apiRate >= 20_000 && apiRate / copyRate >= 0.25 ? "met" : "NOT met",
                Runtime.getRuntime().availableProcessors(), COMMAND);
        System.out.println(text);
        Files.writeString(workDir.resolve("usage-ingestion-bench.txt"), text);
    }
}
