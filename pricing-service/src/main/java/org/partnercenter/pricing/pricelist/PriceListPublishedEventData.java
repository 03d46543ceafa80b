package org.partnercenter.pricing.pricelist;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code pricelist.published} on {@code partner-center.prices}, schema version 1. Small on purpose:
 * consumers read the meters they need from the API, not 50,000 of them from the topic.
 */
public record PriceListPublishedEventData(UUID versionId, Instant effectiveDate, String currency, int meterCount,
        UUID supersedes) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "pricelist.published";
}
