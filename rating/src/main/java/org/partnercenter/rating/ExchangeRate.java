package org.partnercenter.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Units of {@code currency} per US dollar, as published in the set {@code setId} effective from
 * {@code effectiveDate}. USD itself converts at exactly 1 and names no set.
 */
public record ExchangeRate(String currency, BigDecimal rate, Instant effectiveDate, UUID setId) {

    public static final String BASE = "USD";

    public ExchangeRate {
        Objects.requireNonNull(currency, "currency");
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate is a positive number");
        }
    }

    public static ExchangeRate usd() {
        return new ExchangeRate(BASE, BigDecimal.ONE, null, null);
    }

    public boolean isIdentity() {
        return setId == null;
    }

    /** Exact: no rounding, the product has the scale of both factors together. */
    public BigDecimal convert(BigDecimal usd) {
        return isIdentity() ? usd : usd.multiply(rate);
    }
}
