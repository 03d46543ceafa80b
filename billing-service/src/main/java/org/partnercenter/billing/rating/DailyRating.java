package org.partnercenter.billing.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercenter.billing.usage.HeldReason;
import org.partnercenter.rating.Charge;
import org.partnercenter.rating.ExchangeRate;
import org.partnercenter.rating.UsageCharges;

/**
 * Rates a group's usage (one subscription, meter and billing period) from one day on into daily lines. Pure: the
 * same records, prices and quantity before give the same lines, whatever order they arrived in, which is what makes
 * rating independent of arrival order.
 *
 * <p>Records are charged one by one in usage order, each after the group's quantity before it (so tiers and the
 * included quantity apply over the period's cumulative quantity), with the price version and exchange rate in force
 * at its own usage start. A record billing cannot price yet is held and counts for nothing, until it can.
 */
public final class DailyRating {

    /** Scale of {@code effectiveUnitPrice}: a unit price, not money, so not rounded to a currency's minor units. */
    static final int UNIT_PRICE_SCALE = 10;

    public record Held(UsageToRate usage, HeldReason reason) {
    }

    public record Result(List<DailyLine> lines, List<Held> held) {
    }

    private DailyRating() {
    }

    /**
     * @param meterId the group's meter
     * @param records the group's records from the first day rated on, in usage order (start, customer, record id)
     * @param consumedBefore the group's rated quantity before that day
     */
    public static Result rate(String meterId, List<UsageToRate> records, BigDecimal consumedBefore, String currency,
            PriceLookup prices) {
        Map<LineKey, LineTotals> lines = new LinkedHashMap<>();
        List<Held> held = new ArrayList<>();
        BigDecimal consumed = consumedBefore;
        for (UsageToRate usage : records) {
            Optional<PricedMeter> meter = prices.meterAt(meterId, usage.usageStart());
            Optional<ExchangeRate> rate = prices.rateAt(currency, usage.usageStart());
            if (meter.isEmpty()) {
                held.add(new Held(usage, HeldReason.PRICE_UNKNOWN));
                continue;
            }
            if (rate.isEmpty()) {
                held.add(new Held(usage, HeldReason.EXCHANGE_RATE_UNKNOWN));
                continue;
            }
            Charge charge = UsageCharges.charge(meter.get().rates(), usage.quantity(), consumed, rate.get());
            consumed = consumed.add(usage.quantity());
            LineKey key = new LineKey(usage.usageDate(), usage.resourceUri() == null ? "" : usage.resourceUri());
            lines.computeIfAbsent(key, k -> new LineTotals()).add(usage, meter.get(), charge, consumed);
        }
        List<DailyLine> rated = lines.entrySet().stream()
                .map(e -> e.getValue().line(e.getKey(), currency)).toList();
        return new Result(rated, held);
    }

    private record LineKey(LocalDate usageDate, String resourceUri) {
    }

    /** One line's running sums: exact until {@link #line}, which rounds each total once. */
    private static final class LineTotals {
        private BigDecimal quantity = BigDecimal.ZERO;
        private BigDecimal usd = BigDecimal.ZERO;
        private BigDecimal converted = BigDecimal.ZERO;
        private UsageToRate last;
        private PricedMeter meter;
        private ExchangeRate rate;
        private BigDecimal consumedAfter;

        void add(UsageToRate usage, PricedMeter pricedMeter, Charge charge, BigDecimal consumedAfterIt) {
            quantity = quantity.add(usage.quantity());
            usd = usd.add(charge.usdAmount());
            converted = converted.add(charge.exactAmount());
            last = usage;
            meter = pricedMeter;
            rate = charge.exchangeRate();
            consumedAfter = consumedAfterIt;
        }

        DailyLine line(LineKey key, String currency) {
            BigDecimal unitPrice = meter.rates().unitPriceAt(consumedAfter);
            BigDecimal effective = quantity.signum() == 0 ? unitPrice
                    : plain(usd.divide(quantity, UNIT_PRICE_SCALE, RoundingMode.HALF_EVEN));
            Instant rateDate = rate.isIdentity() ? null : rate.effectiveDate();
            return new DailyLine(key.usageDate(), key.resourceUri(), last.region(), last.tags(), meter, quantity,
                    unitPrice, effective, UsageCharges.round(usd, ExchangeRate.BASE),
                    UsageCharges.round(converted, currency), currency, rate.rate(), rateDate);
        }

        private static BigDecimal plain(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }
}
