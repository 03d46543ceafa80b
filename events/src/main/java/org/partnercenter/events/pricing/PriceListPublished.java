package org.partnercenter.events.pricing;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code pricelist.published}. Small on purpose: consumers read the meters they need from the API,
 * not 50,000 of them from the topic. {@code supersedes} is the version with the same effective date it replaces.
 */
public record PriceListPublished(UUID versionId, Instant effectiveDate, String currency, int meterCount,
        UUID supersedes) {
}
