package org.partnercenter.pricing.exchangerate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The payload of {@code exchangerates.published} on {@code partner-center.prices}, schema version 1. */
public record ExchangeRatesPublishedEventData(UUID setId, Instant effectiveDate, String base,
        Map<String, BigDecimal> rates) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "exchangerates.published";
}
