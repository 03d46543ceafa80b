package org.partnercenter.faults.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.partnercenter.faults.traffic.UsageRecord;
import org.partnercenter.rating.ExchangeRate;
import org.partnercenter.rating.UsageCharges;

/**
 * What every record sent must cost, worked out here from the published price list with the rating module's pure
 * functions, not read from billing: per subscription, meter and calendar month, records in usage order, each charged
 * after what the month consumed before it; a line per day (one resource per subscription) summed exactly and rounded
 * once. USD partner, USD prices: no exchange rate.
 */
public final class IndependentRating {

    private IndependentRating() {
    }

    public static BigDecimal total(List<UsageRecord> records) {
        Map<String, List<UsageRecord>> groups = records.stream().collect(Collectors.groupingBy(r ->
                r.subscription().subscriptionId() + "|" + r.meter().id() + "|" + month(r)));
        BigDecimal total = BigDecimal.ZERO;
        for (List<UsageRecord> group : groups.values()) {
            List<UsageRecord> ordered = group.stream().sorted(Comparator.comparing(UsageRecord::start)).toList();
            BigDecimal consumed = BigDecimal.ZERO;
            Map<LocalDate, BigDecimal> exactByDay = new TreeMap<>();
            for (UsageRecord record : ordered) {
                BigDecimal exact = UsageCharges.charge(record.meter().rates(), record.quantity(), consumed,
                        ExchangeRate.usd()).exactAmount();
                consumed = consumed.add(record.quantity());
                exactByDay.merge(day(record), exact, BigDecimal::add);
            }
            for (BigDecimal line : exactByDay.values()) {
                total = total.add(UsageCharges.round(line, "USD"));
            }
        }
        return total;
    }

    public static BigDecimal quantity(List<UsageRecord> records) {
        return records.stream().map(UsageRecord::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate day(UsageRecord record) {
        return LocalDate.ofInstant(record.start(), ZoneOffset.UTC);
    }

    private static String month(UsageRecord record) {
        return day(record).withDayOfMonth(1).toString();
    }
}
