package org.partnercenter.faults.traffic;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The operator's metering feed: every record is made up front (seeded), then sent in batches by a few senders, as a
 * metering client does: a batch that fails (5xx, connection refused or reset, a timeout) is sent again with the same
 * record ids and the same {@code MS-RequestId} until it is accepted; one batch in {@link #RESEND_EVERY} is sent again
 * after it was accepted (the client timed out on the answer), with a new request id, to be stored as duplicates.
 */
public final class UsageFeed {

    static final int RESEND_EVERY = 7;
    /** Longer than any fault of a case: a batch still refused after this fails the case. */
    private static final Duration GIVE_UP = Duration.ofMinutes(4);

    private final Api api;
    private final Fixture fixture;
    private final List<UsageRecord> records;
    private final int batchSize;
    private final AtomicInteger batchesDone = new AtomicInteger();
    private final FeedStats stats = new FeedStats();
    private volatile Duration pause = Duration.ZERO;

    public UsageFeed(Api api, Fixture fixture, String caseName, int recordCount, int batchSize, long seed) {
        this.api = api;
        this.fixture = fixture;
        this.batchSize = batchSize;
        this.records = generate(fixture, caseName, recordCount, new Random(seed));
    }

    /** Spread over the last four full days (UTC), each record at a second of its own, so usage order is total. */
    private static List<UsageRecord> generate(Fixture fixture, String caseName, int count, Random random) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<UsageRecord> made = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Fixture.Subscription subscription = fixture.subscriptions().get(random.nextInt(fixture.subscriptions().size()));
            Fixture.Meter meter = fixture.meters().get(random.nextInt(fixture.meters().size()));
            Instant start = today.minusDays(1 + random.nextInt(4)).atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds(n % 86_400);
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(300), 2);
            made.add(new UsageRecord(caseName + "-" + n, subscription, meter, quantity, start));
        }
        return Collections.unmodifiableList(made);
    }

    /**
     * A pause after each batch, per sender: unpaced, this machine takes 20,000 records in about 10 s, shorter than
     * a fault that has to happen while usage flows.
     */
    public void pace(Duration pauseAfterEachBatch) {
        this.pause = pauseAfterEachBatch;
    }

    public List<UsageRecord> records() {
        return records;
    }

    public int batchCount() {
        return (records.size() + batchSize - 1) / batchSize;
    }

    public int batchesDone() {
        return batchesDone.get();
    }

    public FeedStats stats() {
        return stats;
    }

    /**
     * Sends the first batch, repeating it while customer-service answers 400 for meters it does not know yet: the
     * price list reaches its meter catalogue through Kafka, a moment after the publish answered.
     */
    public void warmUp() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Object body = Map.of("records", batch(0));
        String requestId = UUID.randomUUID().toString();
        while (true) {
            Api.Answer answer = api.post("/v1/usagerecords/batches", fixture.operatorToken(), body, requestId);
            if (answer.status() / 100 == 2) {
                batchesDone.incrementAndGet();
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the first batch: HTTP " + answer.status() + " " + answer.body());
            }
            Thread.sleep(1000);
        }
    }

    /** Sends every batch after the first with {@code senders} in parallel; returns once all are accepted. */
    public void run(int senders) throws InterruptedException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int b = 1; b < batchCount(); b++) {
                int batch = b;
                sent.add(pool.submit(() -> {
                    sendBatch(batch);
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the feed failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Map<String, Object>> batch(int batch) {
        return records.subList(batch * batchSize, Math.min(records.size(), (batch + 1) * batchSize)).stream()
                .map(UsageRecord::body).toList();
    }

    private void sendBatch(int batch) throws IOException, InterruptedException {
        List<Map<String, Object>> body = batch(batch);
        sendUntilAccepted(Map.of("records", body), UUID.randomUUID().toString());
        if (batch % RESEND_EVERY == 3) {
            stats.resent();
            sendUntilAccepted(Map.of("records", body), UUID.randomUUID().toString());
        }
        batchesDone.incrementAndGet();
        Thread.sleep(pause.toMillis());
    }

    private void sendUntilAccepted(Object body, String requestId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (true) {
            long begin = System.nanoTime();
            try {
                Api.Answer answer = api.post("/v1/usagerecords/batches", fixture.operatorToken(), body, requestId);
                Duration took = Duration.ofNanos(System.nanoTime() - begin);
                if (answer.status() / 100 == 2) {
                    stats.accepted(took);
                    return;
                }
                stats.refused(answer, took);
                if (answer.status() / 100 == 4 && answer.status() != 429 && answer.status() != 408) {
                    throw new IllegalStateException("batch refused: HTTP " + answer.status() + " " + answer.body());
                }
            } catch (IOException e) {
                stats.failed(e, Duration.ofNanos(System.nanoTime() - begin));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("a batch was not accepted within " + GIVE_UP.toMinutes() + " min");
            }
            Thread.sleep(500);
        }
    }
}
