package org.partnercenter.pricing.meter;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.rating.ExchangeRate;
import org.partnercenter.rating.Tier;

/**
 * Maps a stored meter to the wire's {@code AzureMeter}. Converted prices are exact (USD price times rate, no
 * rounding): rounding happens once, when usage is charged, not when a price is shown.
 */
public final class AzureMeters {

    private AzureMeters() {
    }

    /** As an item of a rate card: no attributes, and the card says the exchange rate once for all its meters. */
    public static AzureMeterView inRateCard(MeterPrice meter, ExchangeRate rate) {
        return view(meter, rate, false);
    }

    /** As a resource of its own, saying which exchange rate converted it. */
    public static AzureMeterView resource(MeterPrice meter, ExchangeRate rate) {
        return view(meter, rate, true);
    }

    private static AzureMeterView view(MeterPrice meter, ExchangeRate rate, boolean standalone) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (Tier tier : meter.tiers()) {
            rates.put(Decimals.plain(tier.startQuantity()), Decimals.shortest(rate.convert(tier.unitPrice())));
        }
        return new AzureMeterView(meter.id(), meter.name(), rates, meter.tags(), meter.category(),
                meter.subcategory(), meter.region(), meter.unit(), Decimals.shortest(meter.includedQuantity()),
                meter.effectiveDate(), standalone ? ExchangeRateView.of(rate) : null,
                standalone ? ResourceAttributes.of(AzureMeterView.OBJECT_TYPE) : null);
    }
}
