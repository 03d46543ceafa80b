package org.partnercenter.pricing.meter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An Azure meter of a price list, as the rate card's {@code AzureMeter} describes it: USD pre-tax unit prices in
 * tiers, the first of which starts at 0, and a quantity included at no cost in every period.
 */
public record MeterPrice(UUID id, String name, String category, String subcategory, String region, String unit,
        BigDecimal includedQuantity, List<Tier> tiers, Instant effectiveDate, List<String> tags) {

    public MeterPrice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(includedQuantity, "includedQuantity");
        tiers = tiers.stream().sorted(Comparator.comparing(Tier::startQuantity)).toList();
        if (tiers.isEmpty() || tiers.get(0).startQuantity().signum() != 0) {
            throw new IllegalArgumentException("meter " + id + " needs a tier that starts at 0");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).startQuantity().compareTo(tiers.get(i - 1).startQuantity()) == 0) {
                throw new IllegalArgumentException("meter " + id + " repeats tier " + tiers.get(i).startQuantity());
            }
        }
        if (includedQuantity.signum() < 0) {
            throw new IllegalArgumentException("meter " + id + " has a negative included quantity");
        }
        subcategory = subcategory == null ? "" : subcategory;
        region = region == null ? "" : region;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
