package org.partnercenter.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Prices usage of a meter. Pure: no clock, no database, no framework: pricing-service quotes charges and
 * billing-service rates usage with this one implementation.
 *
 * <p>The rules. A usage of {@code quantity} units, after {@code consumedBefore} units of the same meter in the same
 * billing period, covers the period's units [consumedBefore, consumedBefore + quantity). The first
 * {@code includedQuantity} units of the period cost nothing. A tier keyed {@code s} prices the period's units from
 * {@code s} up to the next tier's key (tiers count the period's units including the free ones). The USD amount is the
 * exact sum over tiers of units times unit price; the converted amount is that times the exchange rate, exactly.
 * <b>Rounding happens once</b>: the converted amount to the currency's minor units (2 for USD and EUR, 0 for JPY),
 * half-even — never per tier and never before conversion.
 */
public final class UsageCharges {

    private UsageCharges() {
    }

    public static Charge charge(MeterRates meter, BigDecimal quantity, BigDecimal consumedBefore, ExchangeRate rate) {
        if (quantity.signum() < 0 || consumedBefore.signum() < 0) {
            throw new IllegalArgumentException("quantity and consumedBefore may not be negative");
        }
        BigDecimal end = consumedBefore.add(quantity);
        BigDecimal billableFrom = consumedBefore.max(meter.includedQuantity());
        BigDecimal free = billableFrom.min(end).subtract(consumedBefore);
        List<ChargedTier> charged = new ArrayList<>();
        BigDecimal usd = BigDecimal.ZERO;
        List<Tier> tiers = meter.tiers();
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            BigDecimal from = billableFrom.max(tier.startQuantity());
            BigDecimal to = i + 1 < tiers.size() ? end.min(tiers.get(i + 1).startQuantity()) : end;
            if (to.compareTo(from) > 0) {
                BigDecimal units = to.subtract(from);
                BigDecimal amount = units.multiply(tier.unitPrice());
                charged.add(new ChargedTier(tier.startQuantity(), units, tier.unitPrice(), amount));
                usd = usd.add(amount);
            }
        }
        BigDecimal exact = rate.convert(usd);
        return new Charge(quantity, consumedBefore, free, charged, usd, rate, exact, round(exact, rate.currency()));
    }

    /** The one rounding: to the currency's minor units, half-even. */
    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(minorUnits(currency), RoundingMode.HALF_EVEN);
    }

    public static int minorUnits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency + " is not a currency that prices are shown in");
        }
        return digits;
    }
}
