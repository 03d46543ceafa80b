package org.partnercenter.pricing.charge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.money.Currencies;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.commons.time.WireTimes;
import org.partnercenter.rating.ExchangeRate;

/**
 * What billing asks: the charge for {@code quantity} of a meter used at {@code usageTime}, in {@code currency}, after
 * {@code consumedQuantity} of the same meter earlier in the billing period.
 */
public record ChargeQuery(UUID meterId, BigDecimal quantity, Instant usageTime, String currency,
        BigDecimal consumedQuantity) {

    public static ChargeQuery parse(String meterId, String quantity, String usageTime, String currency,
            String consumedQuantity) {
        List<String> problems = new ArrayList<>();
        UUID meter = null;
        try {
            meter = meterId == null || meterId.trim().length() != 36 ? null : UUID.fromString(meterId.trim());
        } catch (IllegalArgumentException e) {
            meter = null;
        }
        if (meter == null) {
            problems.add("meterId: a GUID is required");
        }
        BigDecimal units = Decimals.parse(quantity);
        if (units == null || units.signum() < 0) {
            problems.add("quantity: a number of at least 0 is required");
        }
        Instant at = WireTimes.find(usageTime).orElse(null);
        if (at == null) {
            problems.add(usageTime == null || usageTime.isBlank() ? "usageTime: a date-time is required "
                    + "(2025-01-31T10:00:00Z)" : WireTimes.problem("usageTime", usageTime));
        }
        String code = currency == null || currency.isBlank() ? ExchangeRate.BASE
                : currency.trim().toUpperCase(Locale.ROOT);
        if (!Currencies.isCurrency(code)) {
            problems.add("currency: a three-letter ISO 4217 code (EUR)");
        }
        BigDecimal consumed = consumedQuantity == null || consumedQuantity.isBlank() ? BigDecimal.ZERO
                : Decimals.parse(consumedQuantity);
        if (consumed == null || consumed.signum() < 0) {
            problems.add("consumedQuantity: a number of at least 0 (this meter's quantity used earlier in the period)");
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("Not a valid charge query: " + problems.size() + " parameter(s) to fix, each "
                    + "named in data.", problems);
        }
        return new ChargeQuery(meter, units, at, code, consumed);
    }
}
