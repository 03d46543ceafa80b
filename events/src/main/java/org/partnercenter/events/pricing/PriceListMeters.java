package org.partnercenter.events.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The payload of {@code pricelist.meters}: chunk {@code index} of {@code count} of one price-list version's meters,
 * in order, each chunk small enough for Kafka. A version applies once chunks {@code 0..count-1} are all in; every
 * chunk repeats the version's own fields, so any one of them places the version.
 *
 * @param supersedes the version with the same effective date that this one replaces, if any
 */
public record PriceListMeters(UUID versionId, Instant effectiveDate, String currency, UUID supersedes, int index,
        int count, List<Meter> meters) {

    /**
     * One meter, with everything rating needs: USD pre-tax unit prices in {@code tiers} (the first starts at 0, a
     * tier prices the period's units from its start up to the next tier's), and {@code includedQuantity} free units
     * in every period.
     */
    public record Meter(UUID meterId, String name, String category, String subcategory, String region, String unit,
            BigDecimal includedQuantity, List<Tier> tiers, Instant effectiveDate, List<String> tags) {
    }

    public record Tier(BigDecimal startQuantity, BigDecimal unitPrice) {
    }
}
