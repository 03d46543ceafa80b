package org.partnercenter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.math.BigDecimal;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.partnercenter.bench.PriceListBenchData.Meter;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TestTokens;
import org.postgresql.PGConnection;

/**
 * The packaged pricing-service publishing a real-shaped 50,000-meter price list end to end (HTTP, parse, validate,
 * COPY, outbox, commit) three times, against {@code COPY} of the same rows into the same table layout on the same
 * PostgreSQL in the same run; then the rate card streamed, charges checked across versions, and charges per second.
 */
class PriceListBenchmark {

    static final String COMMAND = "R=\"-Dmaven.repo.local=$PWD/target/bench-repo -Dmaven.repo.local.tail=$HOME/.m2/"
            + "repository\"; ./mvnw -q install -pl commons,testing -am -DskipTests $R && ./mvnw -q package -pl "
            + "pricing-service -DskipTests $R && ./mvnw -f bench/pom.xml verify -Dtest=PriceListBenchmark $R";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant JANUARY = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant JULY = Instant.parse("2025-07-01T00:00:00Z");

    private final int meterCount = Integer.getInteger("bench.meters", 50_000);
    private final int ratingCalls = Integer.getInteger("bench.ratingCalls", 10_000);
    private final int ratingClients = Integer.getInteger("bench.ratingClients", 4);
    private final HttpClient http = HttpClient.newHttpClient();
    private final Caller operator = caller(PartnerType.OPERATOR, Roles.OPERATOR_ADMIN);
    private final Caller reader = caller(PartnerType.DIRECT, Roles.BILLING_ADMIN);
    private String baseUrl;

    @Test
    void measurePublishingQueryingAndRating() throws Exception {
        Path workDir = Path.of(System.getProperty("bench.workDir", "target"));
        Files.createDirectories(workDir);
        PostgresAndKafka infrastructure = new PostgresAndKafka();
        infrastructure.init(Map.of("database", "pricing_bench"));
        Map<String, String> config = infrastructure.start();
        try (ServiceProcess service = ServiceProcess.start("pricing-service",
                Path.of(System.getProperty("bench.pricingJar")), workDir, config)) {
            baseUrl = service.baseUrl;
            List<Meter> january = PriceListBenchData.meters(meterCount);
            List<Meter> july = PriceListBenchData.repriced(january, new BigDecimal("2"));
            double[] publish = {
                    publish(JSON.writeValueAsBytes(PriceListBenchData.body(JANUARY, january))),
                    publish(JSON.writeValueAsBytes(PriceListBenchData.body(JULY, july))),
                    // The same effective date again: supersedes the second version.
                    publish(JSON.writeValueAsBytes(PriceListBenchData.body(JULY, july)))};
            double copy = timeCopy(config, january);

            // The first read warms the streaming path up; the second one is measured.
            get("/v1/ratecards/azure?region=US&asOf=" + JANUARY.plusSeconds(60), null);
            long start = System.nanoTime();
            HttpResponse<byte[]> card = get("/v1/ratecards/azure?region=US&asOf=" + JANUARY.plusSeconds(60), null);
            double cardSeconds = (System.nanoTime() - start) / 1e9;
            assertThat(JSON.readTree(card.body()).path("meters").size()).isEqualTo(meterCount);
            String etag = card.headers().firstValue("ETag").orElseThrow();
            assertThat(get("/v1/ratecards/azure?region=US&asOf=" + JANUARY.plusSeconds(60), etag).statusCode())
                    .isEqualTo(304);
            checkCharges(january, july);
            rate(january, ratingCalls / 10);
            double ratingsPerSecond = rate(january, ratingCalls);

            report(workDir, publish, copy, cardSeconds, card.body().length, ratingsPerSecond);
        }
    }

    private double publish(byte[] body) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request("/v1/pricelists", operator)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 201) {
            throw new IllegalStateException("publish refused: " + response.statusCode() + " " + response.body());
        }
        assertThat(JSON.readTree(response.body()).path("meterCount").asInt()).isEqualTo(meterCount);
        return seconds;
    }

    /** The same meters with COPY straight into a table like the service's, on the same PostgreSQL. */
    private static double timeCopy(Map<String, String> config, List<Meter> meters) throws Exception {
        String csv = PriceListBenchData.copyCsv(UUID.randomUUID(), meters);
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
            connection.createStatement().execute("create table price_list_meter_copy (like price_list_meter including all)");
            long start = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy price_list_meter_copy "
                    + "(version_id, meter_id, name, category, subcategory, region, unit, included_quantity, tier_starts, "
                    + "tier_prices, effective_date, tags) from stdin with (format csv)", new StringReader(csv));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(copied).isEqualTo(meters.size());
            return seconds;
        }
    }

    /** A price is the one in force at the usage time: January's before July, the superseding July list from then. */
    private void checkCharges(List<Meter> january, List<Meter> july) throws Exception {
        BigDecimal quantity = new BigDecimal("250");
        for (int i : new int[] {0, 1, 5, 7, 35, meterCount - 1}) {
            assertThat(charge(january.get(i), quantity, JULY.minusSeconds(1)))
                    .isEqualByComparingTo(PriceListBenchData.expectedCharge(january.get(i), quantity));
            assertThat(charge(july.get(i), quantity, JULY))
                    .isEqualByComparingTo(PriceListBenchData.expectedCharge(july.get(i), quantity));
        }
    }

    private BigDecimal charge(Meter meter, BigDecimal quantity, Instant at) throws Exception {
        HttpResponse<byte[]> response = get("/v1/pricelists/charges?meterId=" + meter.id() + "&quantity="
                + quantity + "&usageTime=" + at, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return new BigDecimal(JSON.readTree(response.body()).path("amount").asText());
    }

    private double rate(List<Meter> meters, int calls) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(ratingClients);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < ratingClients; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    // One token per client, as an integration reuses its token: signing is not what is measured.
                    String token = "Bearer " + TestTokens.sign(reader);
                    for (int i = client; i < calls; i += ratingClients) {
                        Meter meter = meters.get((i * 7919) % meters.size());
                        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/pricelists/charges?meterId="
                                + meter.id() + "&quantity=" + (1 + i % 500) + "&usageTime=2025-03-01T10:00:00Z"
                                + "&consumedQuantity=" + (i % 300))).header("Authorization", token).GET().build();
                        JsonNode charge = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
                        assertThat(charge.path("amount").isNumber()).isTrue();
                    }
                    return null;
                }));
            }
            for (Future<?> client : done) {
                client.get();
            }
            return calls / ((System.nanoTime() - start) / 1e9);
        } finally {
            clients.shutdownNow();
        }
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = request(path, reader).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path, Caller caller) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer "
                + TestTokens.sign(caller));
    }

    private static Caller caller(PartnerType type, String role) {
        return new Caller(UUID.randomUUID(), type, "bench", null, Set.of(role), false);
    }

    private void report(Path workDir, double[] publish, double copy, double cardSeconds, int cardBytes,
            double ratingsPerSecond) throws Exception {
        double[] sorted = publish.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[1];
        String text = String.format(Locale.ROOT, """
                price list benchmark (%,d meters, real-shaped: 1 in 5 tiered, 1 in 7 with an included quantity)
                  publish (POST JSON, %.1f MB): %.2f s / %.2f s / %.2f s  (1st includes JIT warm-up)
                  publish, median       : %,.0f meters/s
                  COPY, same rows       : %.2f s  %,.0f meters/s  (same table layout, same PostgreSQL, same run)
                  ratio                 : %.1f %% of COPY
                  rate card (streamed)  : %.2f s for %.1f MB, %,d meters; If-None-Match -> 304
                  charges               : %,.0f calls/s (GET /v1/pricelists/charges, %d clients, %,d calls)
                  machine               : %d cores; PostgreSQL embedded (fsync off), Kafka in the benchmark JVM
                  command               : %s
                """, meterCount, JSON.writeValueAsBytes(PriceListBenchData.body(JANUARY,
                        PriceListBenchData.meters(meterCount))).length / 1e6, publish[0], publish[1], publish[2],
                meterCount / median, copy, meterCount / copy, 100 * copy / median, cardSeconds, cardBytes / 1e6,
                meterCount, ratingsPerSecond, ratingClients, ratingCalls, Runtime.getRuntime().availableProcessors(),
                COMMAND);
        System.out.println(text);
        Files.writeString(workDir.resolve("pricing-bench.txt"), text);
    }
}
