package org.partnercenter.events.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The payload of {@code exchangerates.published}: units of each currency per unit of {@code base}. */
public record ExchangeRatesPublished(UUID setId, Instant effectiveDate, String base, Map<String, BigDecimal> rates) {
}
