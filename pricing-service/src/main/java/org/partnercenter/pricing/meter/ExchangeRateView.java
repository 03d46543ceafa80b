package org.partnercenter.pricing.meter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.rating.ExchangeRate;

/** Which rate a converted price used: units of {@code currency} per US dollar, from which published set and date. */
public record ExchangeRateView(String base, String currency, BigDecimal rate, Instant effectiveDate, UUID setId) {

    /** Null for USD, which is not converted. */
    public static ExchangeRateView of(ExchangeRate rate) {
        return rate.isIdentity() ? null : new ExchangeRateView(ExchangeRate.BASE, rate.currency(),
                Decimals.shortest(rate.rate()), rate.effectiveDate(), rate.setId());
    }
}
