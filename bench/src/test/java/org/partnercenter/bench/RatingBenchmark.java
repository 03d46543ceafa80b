package org.partnercenter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.partnercenter.bench.RatingSetup.Partner;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TestTokens;

/**
 * Rating as usage arrives, end to end: usage posted to the packaged customer-service, published on the usage topic,
 * stored and rated by the packaged billing-service (each its own JVM). First the rating throughput against the rate
 * customer-service accepted the same records at, then the lag from a batch's acceptance to its unbilled line items
 * at a steady offered rate.
 */
class RatingBenchmark {

    static final String COMMAND = "R=\"-Dmaven.repo.local=$PWD/target/bench-repo -Dmaven.repo.local.tail=$HOME/.m2/"
            + "repository\"; ./mvnw -q install -pl commons,testing -am -DskipTests $R && ./mvnw -q package -pl "
            + "customer-service,billing-service,pricing-service -DskipTests $R && ./mvnw -f bench/pom.xml verify "
            + "-Dtest=RatingBenchmark $R";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final int records = Integer.getInteger("bench.records", 200_000);
    private final int batchSize = Integer.getInteger("bench.batchSize", 10_000);
    private final int concurrency = Integer.getInteger("bench.concurrency", 2);
    private final int customers = Integer.getInteger("bench.customers", 300);
    private final int meterCount = Integer.getInteger("bench.meters", 40);
    private final int lagRate = Integer.getInteger("bench.lagRate", 10_000);
    private final int lagSeconds = Integer.getInteger("bench.lagSeconds", 30);
    private final int lagBatch = Integer.getInteger("bench.lagBatch", 1_000);
    private final int lagClients = Integer.getInteger("bench.lagClients", 2);
    private final int pollMillis = Integer.getInteger("bench.pollMillis", 100);
    private final HttpClient http = HttpClient.newHttpClient();
    private final Caller operator = new Caller(UUID.randomUUID(), PartnerType.OPERATOR, "bench", null,
            Set.of(Roles.OPERATOR_ADMIN), false);
    private final int sampleMillis = Integer.getInteger("bench.sampleMillis", 20);
    private String customerUrl;
    private String loadAtStart;
    private Map<String, String> billingConfig;
    private UsageTopic topic;

    @Test
    void measureRatingThroughputAndLag() throws Exception {
        Path workDir = Path.of(System.getProperty("bench.workDir", "target"));
        Files.createDirectories(workDir);
        loadAtStart = RatingReport.loadAverage();
        billingConfig = database("rating_billing");
        Instant monthStart = RatingBenchData.monthStart(Instant.now());
        List<Partner> partners = List.of(RatingSetup.partner("USD"), RatingSetup.partner("USD"),
                RatingSetup.partner("EUR"));
        List<PriceListBenchData.Meter> meters = PriceListBenchData.meters(meterCount);
        try (ServiceProcess billing = ServiceProcess.start("billing-service",
                Path.of(System.getProperty("bench.billingJar")), workDir, billingConfig);
                ServiceProcess customer = ServiceProcess.start("customer-service",
                        Path.of(System.getProperty("bench.serviceJar")), workDir, database("rating_customer"));
                BillingDb billingDb = new BillingDb(billingConfig);
                UsageTopic usageTopic = new UsageTopic(billingConfig.get("kafka.bootstrap.servers"))) {
            customerUrl = customer.baseUrl;
            topic = usageTopic;
            List<BenchData.Subscription> subscriptions = new ArrayList<>();
            try (ServiceProcess pricing = ServiceProcess.start("pricing-service",
                    Path.of(System.getProperty("bench.pricingJar")), workDir, database("rating_pricing"))) {
                RatingSetup.registerPartners(billingConfig.get("kafka.bootstrap.servers"), partners);
                new RatingSetup(http).publishPrices(pricing.baseUrl, meters,
                        monthStart.atZone(ZoneOffset.UTC).minusMonths(1).toInstant(), new BigDecimal("0.92"));
                for (Partner partner : partners) {
                    subscriptions.addAll(new Setup(http, customerUrl).subscriptions(partner.caller(),
                            customers / partners.size()));
                }
                billingDb.awaitKnown(partners.size(), subscriptions.size(), subscriptions.size(),
                        Duration.ofMinutes(3));
            }
            RatingBenchData data = new RatingBenchData("rating-" + UUID.randomUUID(),
                    meters.stream().map(m -> m.id().toString()).toList());
            RatingBenchData.Stream usage = data.stream(subscriptions, monthStart);
            post(body(usage.next(batchSize)));
            awaitRated(billingDb, data, Duration.ofMinutes(5)); // the warm-up: JIT, caches, the first groups

            Throughput throughput = throughput(billingDb, data, usage);
            List<String> lagSql = new ArrayList<>();
            LagRun.Result lag = lag(billingDb, data, subscriptions, usage.nextHour(), lagSql);
            BillingDb.Progress end = awaitRated(billingDb, data, Duration.ofMinutes(10));
            assertThat(end.held()).isZero();
            for (Partner partner : partners) {
                assertThat(billingDb.linesNotIn(partner.caller().partnerTenantId(), partner.currency())).isZero();
            }
            String text = new RatingReport(customers, meterCount, batchSize, concurrency, sampleMillis)
                    .text(throughput, lagRate, lagBatch, lagClients, lagSeconds, pollMillis, lag, lagSql,
                            data.records(), loadAtStart, COMMAND);
            System.out.println(text);
            Files.writeString(workDir.resolve("rating-bench.txt"), text);
        }
    }

    /** The time-line of one throughput run, from the first batch posted. */
    record Throughput(int records, double acceptedSeconds, double storedSeconds, double ratedSeconds,
            List<String> timeline, List<String> sql) {
    }

    private Throughput throughput(BillingDb billing, RatingBenchData data, RatingBenchData.Stream usage)
            throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < records / batchSize; i++) {
            bodies.add(body(usage.next(batchSize)));
        }
        int measured = bodies.size() * batchSize;
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        AtomicLong accepted = new AtomicLong();
        AtomicLong lastAccepted = new AtomicLong();
        List<String> timeline = new ArrayList<>();
        long eventsBefore = topic.position().published();
        try (SqlSampler sampler = new SqlSampler(billingConfig, sampleMillis)) {
            long start = System.nanoTime();
            List<Future<?>> sending = new ArrayList<>();
            for (byte[] body : bodies) {
                sending.add(clients.submit(() -> {
                    post(body);
                    accepted.addAndGet(batchSize);
                    lastAccepted.set(System.nanoTime());
                    return null;
                }));
            }
            double stored = Double.NaN;
            long nextLine = 0;
            while (true) {
                BillingDb.Progress progress = billing.progress();
                double at = (System.nanoTime() - start) / 1e9;
                if (Double.isNaN(stored) && progress.stored() >= data.records()) {
                    stored = at;
                }
                if (at >= nextLine || rated(progress, data)) {
                    UsageTopic.Position events = topic.position();
                    timeline.add(String.format(java.util.Locale.ROOT, "%5.1f s: accepted %,7d  events published %,5d "
                            + "consumed %,5d  records stored %,7d  rated %5.1f %% of the quantity  backlog %,d groups",
                            at, accepted.get(), events.published() - eventsBefore, events.committed() - eventsBefore,
                            progress.stored() - (data.records() - measured), 100 * progress.rated().doubleValue()
                                    / data.total().doubleValue(), progress.backlog()));
                    System.out.println(timeline.get(timeline.size() - 1));
                    nextLine += 5;
                }
                if (rated(progress, data)) {
                    for (Future<?> batch : sending) {
                        batch.get();
                    }
                    return new Throughput(measured, (lastAccepted.get() - start) / 1e9, stored, at, timeline,
                            sampler.top(8));
                }
                if (at > 900) {
                    throw new IllegalStateException("not rated in 15 minutes: " + progress);
                }
                // Once a second: counting the stored records is itself a scan that competes with billing.
                Thread.sleep(1000);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private LagRun.Result lag(BillingDb billing, RatingBenchData data, List<BenchData.Subscription> subscriptions,
            Instant firstHour, List<String> sql) throws Exception {
        List<List<LagRun.Sent>> perClient = new ArrayList<>();
        int batchesPerClient = (int) ((long) lagRate * lagSeconds / lagBatch / lagClients);
        for (int c = 0; c < lagClients; c++) {
            List<BenchData.Subscription> own = new ArrayList<>();
            for (int i = c; i < subscriptions.size(); i += lagClients) {
                own.add(subscriptions.get(i));
            }
            RatingBenchData.Stream usage = data.stream(own, firstHour);
            List<LagRun.Sent> batches = new ArrayList<>();
            for (int b = 0; b < batchesPerClient; b++) {
                RatingBenchData.Batch batch = usage.next(lagBatch);
                batches.add(new LagRun.Sent(body(batch), lagBatch, batch.required()));
            }
            perClient.add(batches);
        }
        long interval = (long) lagBatch * lagClients * 1_000_000_000L / lagRate;
        try (SqlSampler sampler = new SqlSampler(billingConfig, sampleMillis)) {
            LagRun.Result result = LagRun.run(perClient, interval, this::post, billing, pollMillis, 600);
            sql.addAll(sampler.top(8));
            return result;
        }
    }

    private static BillingDb.Progress awaitRated(BillingDb billing, RatingBenchData data, Duration timeout)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        BillingDb.Progress progress = billing.progress();
        while (!rated(progress, data)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not rated in " + timeout + ": " + progress + ", expected "
                        + data.records() + " records, quantity " + data.total());
            }
            Thread.sleep(250);
            progress = billing.progress();
        }
        return progress;
    }

    /** Every record posted so far is in a line item: the quantities add up and nothing is left to rate. */
    private static boolean rated(BillingDb.Progress progress, RatingBenchData data) {
        return progress.backlog() == 0 && progress.rated().compareTo(data.total()) == 0;
    }

    private void post(byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(customerUrl
                        + "/v1/usagerecords/batches"))
                .header("Authorization", "Bearer " + TestTokens.sign(operator))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        var result = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        if (result == null || !result.path("rejected").isEmpty() || !result.path("duplicates").isEmpty()) {
            throw new IllegalStateException("batch refused: " + response.statusCode() + " " + response.body());
        }
    }

    private static byte[] body(RatingBenchData.Batch batch) throws Exception {
        return JSON.writeValueAsBytes(Map.of("records", batch.rows().stream().map(BenchData::json).toList()));
    }

    private static Map<String, String> database(String name) {
        PostgresAndKafka infrastructure = new PostgresAndKafka();
        infrastructure.init(Map.of("database", name));
        return infrastructure.start();
    }
}
