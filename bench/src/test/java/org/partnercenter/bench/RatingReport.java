package org.partnercenter.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The rating benchmark's figures as printed and written to {@code bench/target/rating-bench.txt}. */
record RatingReport(int customers, int meters, int batchSize, int clients, int sampleMillis) {

    String text(RatingBenchmark.Throughput t, int lagRate, int lagBatch, int lagClients, int lagSeconds,
            int pollMillis, LagRun.Result lag, List<String> lagSql, long allRecords, String loadAtStart,
            String command) {
        double ingestion = t.records() / t.acceptedSeconds();
        double rating = t.records() / t.ratedSeconds();
        String bound = lag.unseen() > 0 ? ">= " : "";
        return String.format(Locale.ROOT, """
                rating benchmark (%,d customers and Azure subscriptions of 3 partners, USD, USD, EUR; %d meters, \
                %d per subscription; hourly usage of the current month in time order, 1 record in 100 a day late)
                1. throughput, %,d records in batches of %,d from %d clients, after a warm-up batch:
                  ingestion (customer-service accepted) : %6.2f s  %,8.0f records/s
                  stored by billing (usage topic)       : %6.2f s  %,8.0f records/s
                  rated (every line item present)       : %6.2f s  %,8.0f records/s
                  rating / ingestion                    : %.1f %%
                  time-line:
                %s
                  billing's connections, sampled every %d ms (share of samples; the sampler's own poll excluded):
                %s
                2. lag from acceptance to a visible unbilled line item, %,d records/s offered (%,d-record batches, \
                %d clients, %d s), line items polled every %d ms (a poll took %.0f ms on average):
                  offered really : %,.0f records/s over %.1f s (%,d records, %,d batches)
                  lag            : p50 %s%.0f ms  p90 %s%.0f ms  p99 %s%.0f ms  max %s%.0f ms  \
                (goal p99 < 1,000 ms: %s)
                  never seen     : %d batches within 600 s after the last was accepted (if any: lags are lower \
                bounds)
                  billing's connections, sampled:
                %s
                  check          : all %,d records rated, none held, each partner's lines in its currency
                  machine        : %d cores, load average (1 min) %s at the start, %s at the end; PostgreSQL \
                embedded (fsync off), Kafka in the benchmark JVM; services -Xmx512m each
                  command        : %s
                """, customers, meters, RatingBenchData.METERS_PER_SUBSCRIPTION, t.records(), batchSize, clients,
                t.acceptedSeconds(), ingestion, t.storedSeconds(), t.records() / t.storedSeconds(), t.ratedSeconds(),
                rating, 100 * rating / ingestion, indent(t.timeline()), sampleMillis, indent(t.sql()), lagRate,
                lagBatch, lagClients, lagSeconds, pollMillis, lag.pollMillis(), lag.offeredPerSecond(),
                lag.sendSeconds(), lag.records(), lag.sortedLagNanos().length, bound, lag.percentileMillis(50),
                bound, lag.percentileMillis(90), bound, lag.percentileMillis(99), bound, lag.percentileMillis(100),
                lag.unseen() == 0 && lag.percentileMillis(99) < 1000 ? "met" : "NOT met", lag.unseen(),
                indent(lagSql), allRecords, Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage(),
                command);
    }

    private static String indent(List<String> lines) {
        return "    " + String.join("\n    ", lines);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 2)[0];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
