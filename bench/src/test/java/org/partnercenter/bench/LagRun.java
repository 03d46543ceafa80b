package org.partnercenter.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Usage offered at a steady rate, open loop: each client posts its next batch at its scheduled time (at once when it
 * is behind), and the time customer-service accepts it (its 2xx) is kept. Meanwhile the line items rated lately are
 * polled from billing's database; a batch is visible once every line it adds to shows at least the quantity it
 * makes. Each client owns its own customers, so that a line's batches are posted one after another: billing reads
 * a customer's usage events in order, so a line that shows a batch's quantity shows everything posted before it.
 */
final class LagRun {

    /**
     * Each batch's lag in nanoseconds (sorted; a batch never seen counts with its lag until the run gave up, so the
     * percentiles are then lower bounds), how many were never seen, the rate really offered, the polls' mean time.
     */
    record Result(long[] sortedLagNanos, int unseen, long records, double sendSeconds, double pollMillis) {

        double offeredPerSecond() {
            return records / sendSeconds;
        }

        double percentileMillis(double percentile) {
            if (sortedLagNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * sortedLagNanos.length) - 1;
            return sortedLagNanos[Math.max(0, index)] / 1e6;
        }
    }

    /** Posts one batch body; returns once customer-service answered 2xx. */
    interface Poster {
        void post(byte[] body) throws Exception;
    }

    /** One batch: its body, how many records, what its lines show once rated; when accepted, when seen. */
    static final class Sent {
        final byte[] body;
        final int records;
        final Map<RatingBenchData.LineKey, BigDecimal> required;
        volatile long acceptedNanos;
        long visibleNanos;

        Sent(byte[] body, int records, Map<RatingBenchData.LineKey, BigDecimal> required) {
            this.body = body;
            this.records = records;
            this.required = required;
        }
    }

    /** Longer than a rating pass takes from its start to its commit. */
    private static final Duration WATERMARK_MARGIN = Duration.ofSeconds(5);

    private LagRun() {
    }

    /**
     * @param perClient each client's batches, in the order it posts them
     * @param intervalNanos time between one client's batches
     * @param pollMillis how often line items are read: a lag is overstated by up to this and one read
     */
    static Result run(List<List<Sent>> perClient, long intervalNanos, Poster poster, BillingDb billing,
            long pollMillis, long drainSeconds) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(perClient.size());
        List<Sent> all = perClient.stream().flatMap(List::stream).toList();
        Map<RatingBenchData.LineKey, BigDecimal> visible = new HashMap<>();
        Instant watermark = billing.lastRated();
        try {
            long start = System.nanoTime();
            List<Future<Long>> sending = new ArrayList<>();
            for (List<Sent> batches : perClient) {
                sending.add(clients.submit(() -> send(batches, start, intervalNanos, poster)));
            }
            long giveUp = Long.MAX_VALUE;
            int pending = all.size();
            long polls = 0;
            long pollNanos = 0;
            while (pending > 0 && System.nanoTime() < giveUp) {
                long polled = System.nanoTime();
                // rated_at is when a pass began, and the pass commits later: read back a margin behind the newest.
                for (BillingDb.Line line : billing.ratedSince(watermark.minus(WATERMARK_MARGIN))) {
                    visible.merge(line.key(), line.quantity(), BigDecimal::max);
                    watermark = line.ratedAt().isAfter(watermark) ? line.ratedAt() : watermark;
                }
                polls++;
                pollNanos += System.nanoTime() - polled;
                pending = 0;
                for (Sent sent : all) {
                    if (sent.visibleNanos != 0) {
                        continue;
                    }
                    if (sent.acceptedNanos != 0 && shows(visible, sent)) {
                        sent.visibleNanos = polled;
                    } else {
                        pending++;
                    }
                }
                if (giveUp == Long.MAX_VALUE && sending.stream().allMatch(Future::isDone)) {
                    for (Future<Long> client : sending) {
                        client.get(); // a refused batch ends the run here
                    }
                    giveUp = System.nanoTime() + drainSeconds * 1_000_000_000L;
                }
                long sleep = pollMillis - (System.nanoTime() - polled) / 1_000_000;
                if (sleep > 0) {
                    Thread.sleep(sleep);
                }
            }
            long lastSent = 0;
            for (Future<Long> client : sending) {
                lastSent = Math.max(lastSent, client.get());
            }
            long end = System.nanoTime();
            long[] lags = all.stream().mapToLong(s -> Math.max(0, (s.visibleNanos == 0 ? end : s.visibleNanos)
                    - s.acceptedNanos)).sorted().toArray();
            long records = all.stream().mapToLong(s -> s.records).sum();
            return new Result(lags, pending, records, (lastSent - start) / 1e9, pollNanos / 1e6 / Math.max(1, polls));
        } finally {
            clients.shutdownNow();
            clients.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static boolean shows(Map<RatingBenchData.LineKey, BigDecimal> visible, Sent sent) {
        for (Map.Entry<RatingBenchData.LineKey, BigDecimal> line : sent.required.entrySet()) {
            BigDecimal shown = visible.get(line.getKey());
            if (shown == null || shown.compareTo(line.getValue()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** @return when the last batch was accepted */
    private static long send(List<Sent> batches, long start, long intervalNanos, Poster poster) throws Exception {
        for (int i = 0; i < batches.size(); i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            poster.post(batches.get(i).body);
            batches.get(i).acceptedNanos = System.nanoTime();
        }
        return System.nanoTime();
    }
}
