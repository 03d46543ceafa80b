package org.partnercenter.events.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The payload of {@code exchangerates.published}: units of each currency per unit of {@code base}. A set names at
 * most every ISO 4217 currency (a few kilobytes), so it is always one chunk: {@code index} 0 of {@code count} 1,
 * carried so that consumers collect exchange-rate sets the way they collect price-list chunks.
 */
public record ExchangeRatesPublished(UUID setId, Instant effectiveDate, String base, Map<String, BigDecimal> rates,
        int index, int count) {

    /** A whole set, in its one chunk. */
    public ExchangeRatesPublished(UUID setId, Instant effectiveDate, String base, Map<String, BigDecimal> rates) {
        this(setId, effectiveDate, base, rates, 0, 1);
    }
}
