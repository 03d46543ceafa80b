package org.partnercenter.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Azure usage as metering sends it: every subscription uses a few meters of the price list, one resource per meter,
 * and reports each hour of each, in time order; 1 record in 100 comes a day late (it re-rates its group from that
 * day). Every record is added to the running quantity of the daily line item it belongs to, so that a batch knows
 * which quantity each of its lines must show once billing has rated it.
 */
final class RatingBenchData {

    static final int METERS_PER_SUBSCRIPTION = 6;

    /** A daily rated usage line item, as billing keys it. */
    record LineKey(UUID subscriptionId, String meterId, LocalDate usageDate, String resourceUri) {
    }

    /** A batch's records, and each of its lines' quantity once these records (and all before them) are rated. */
    record Batch(List<BenchData.Row> rows, Map<LineKey, BigDecimal> required) {
    }

    private final String runId;
    private final List<String> meterIds;
    private final Map<LineKey, BigDecimal> lineTotals = new HashMap<>();
    private BigDecimal total = BigDecimal.ZERO;
    private long records;

    RatingBenchData(String runId, List<String> meterIds) {
        this.runId = runId;
        this.meterIds = meterIds;
    }

    /** The first hour of the current month (UTC): usage of the current, open billing period. */
    static Instant monthStart(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A stream of hourly usage of some subscriptions, from {@code firstHour} on. */
    Stream stream(List<BenchData.Subscription> subscriptions, Instant firstHour) {
        return new Stream(subscriptions, firstHour);
    }

    BigDecimal total() {
        return total;
    }

    long records() {
        return records;
    }

    final class Stream {
        private final List<BenchData.Subscription> subscriptions;
        private final Instant firstHour;
        private long index;

        private Stream(List<BenchData.Subscription> subscriptions, Instant firstHour) {
            this.subscriptions = subscriptions;
            this.firstHour = firstHour;
        }

        /** The next {@code size} records, each counted into its line's total. */
        Batch next(int size) {
            List<BenchData.Row> rows = new ArrayList<>(size);
            Map<LineKey, BigDecimal> required = new LinkedHashMap<>();
            int slots = subscriptions.size() * METERS_PER_SUBSCRIPTION;
            for (int i = 0; i < size; i++, index++) {
                long n = records++;
                int slot = (int) (index % slots);
                long hour = index / slots;
                BenchData.Subscription subscription = subscriptions.get(slot / METERS_PER_SUBSCRIPTION);
                int first = Math.floorMod(subscription.subscriptionId().hashCode(), meterIds.size());
                // Distinct meters per subscription: 5 * j never repeats modulo 30 or more meters for j < 6.
                String meterId = meterIds.get((first + 5 * (slot % METERS_PER_SUBSCRIPTION)) % meterIds.size());
                boolean late = n % 100 == 37 && hour >= 24;
                Instant start = firstHour.plus(late ? hour - 24 : hour, ChronoUnit.HOURS);
                BenchData.Row row = new BenchData.Row(runId + "-" + n, subscription, meterId,
                        BigDecimal.valueOf(1 + (n * 7919) % 4000, 3), start);
                rows.add(row);
                LineKey line = new LineKey(subscription.subscriptionId(), meterId,
                        LocalDate.ofInstant(start, ZoneOffset.UTC), BenchData.resourceUri(row));
                BigDecimal after = lineTotals.merge(line, row.quantity(), BigDecimal::add);
                required.put(line, after);
                total = total.add(row.quantity());
            }
            return new Batch(rows, required);
        }

        /** The hour after the last one this stream reached: where a later stream carries on. */
        Instant nextHour() {
            int slots = subscriptions.size() * METERS_PER_SUBSCRIPTION;
            return firstHour.plus((index + slots - 1) / slots, ChronoUnit.HOURS);
        }
    }
}
