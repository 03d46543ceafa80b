package org.partnercenter.pricing.meter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.partnercenter.rating.MeterRates;
import org.partnercenter.rating.Tier;

/**
 * An Azure meter of a price list, as the rate card's {@code AzureMeter} describes it: USD pre-tax unit prices in
 * tiers, the first of which starts at 0, and a quantity included at no cost in every period.
 */
public record MeterPrice(UUID id, String name, String category, String subcategory, String region, String unit,
        BigDecimal includedQuantity, List<Tier> tiers, Instant effectiveDate, List<String> tags) {

    public MeterPrice {
        Objects.requireNonNull(id, "id");
        try {
            tiers = new MeterRates(includedQuantity, tiers).tiers();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("meter " + id + " " + e.getMessage(), e);
        }
        subcategory = subcategory == null ? "" : subcategory;
        region = region == null ? "" : region;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** What {@link org.partnercenter.rating.UsageCharges} rates this meter by. */
    public MeterRates rates() {
        return new MeterRates(includedQuantity, tiers);
    }
}
