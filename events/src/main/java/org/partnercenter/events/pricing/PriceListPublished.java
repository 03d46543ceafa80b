package org.partnercenter.events.pricing;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code pricelist.published}: a version's announcement, written after its last
 * {@code pricelist.meters} chunk in the same transaction and on the same key, so on the topic it always follows them.
 * Consumers need not wait for it (the chunks alone place and complete a version); it is for those that only want to
 * know that a version exists. {@code supersedes} is the version with the same effective date it replaces.
 */
public record PriceListPublished(UUID versionId, Instant effectiveDate, String currency, int meterCount,
        UUID supersedes) {
}
