package org.partnercenter.pricing.charge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.pricing.meter.ExchangeRateView;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.rating.Charge;
import org.partnercenter.rating.ChargedTier;
import org.partnercenter.rating.UsageCharges;

/**
 * A charge as the API answers it: which price list priced it, how included quantity and tiers applied (in USD), the
 * exact converted amount, and {@code amount}, rounded once as {@code rounding} says.
 */
public record ChargeView(UUID meterId, String meterName, String unit, UUID priceListVersionId,
        Instant priceListEffectiveDate, Instant usageTime, BigDecimal quantity, BigDecimal consumedQuantity,
        BigDecimal includedQuantity, BigDecimal freeQuantity, List<TierView> tiers, BigDecimal usdAmount,
        String currency, ExchangeRateView exchangeRate, BigDecimal exactAmount, BigDecimal amount, String rounding,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "MeterCharge";

    public record TierView(BigDecimal startQuantity, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    public static ChargeView of(ChargeQuery query, MeterPrice meter, UUID versionId, Instant versionEffectiveDate,
            Charge charge) {
        String currency = charge.exchangeRate().currency();
        List<TierView> tiers = charge.tiers().stream().map(ChargeView::tier).toList();
        return new ChargeView(meter.id(), meter.name(), meter.unit(), versionId, versionEffectiveDate,
                query.usageTime(), Decimals.shortest(charge.quantity()), Decimals.shortest(charge.consumedBefore()),
                Decimals.shortest(meter.includedQuantity()), Decimals.shortest(charge.includedQuantity()), tiers,
                Decimals.shortest(charge.usdAmount()), currency, ExchangeRateView.of(charge.exchangeRate()),
                Decimals.shortest(charge.exactAmount()), charge.amount(),
                "half_even to " + UsageCharges.minorUnits(currency) + " decimals, once, on the converted total",
                ResourceAttributes.of(OBJECT_TYPE));
    }

    private static TierView tier(ChargedTier t) {
        return new TierView(Decimals.shortest(t.startQuantity()), Decimals.shortest(t.quantity()),
                Decimals.shortest(t.unitPrice()), Decimals.shortest(t.amount()));
    }
}
