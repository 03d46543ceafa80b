package org.partnercenter.rating;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What rating needs of a meter's price: the quantity included at no cost in every period and the USD tiers, sorted,
 * the first starting at 0. Pricing's price-list meters and billing's copies of them both give their rates in this
 * shape, so that both rate with {@link UsageCharges} and both refuse the same malformed tiers.
 */
public record MeterRates(BigDecimal includedQuantity, List<Tier> tiers) {

    public MeterRates {
        Objects.requireNonNull(includedQuantity, "includedQuantity");
        Objects.requireNonNull(tiers, "tiers");
        tiers = tiers.stream().sorted(Comparator.comparing(Tier::startQuantity)).toList();
        if (tiers.isEmpty() || tiers.get(0).startQuantity().signum() != 0) {
            throw new IllegalArgumentException("needs a tier that starts at 0");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).startQuantity().compareTo(tiers.get(i - 1).startQuantity()) == 0) {
                throw new IllegalArgumentException("repeats tier " + tiers.get(i).startQuantity());
            }
        }
        if (includedQuantity.signum() < 0) {
            throw new IllegalArgumentException("has a negative included quantity");
        }
    }

    /**
     * The list unit price at a period's cumulative quantity: that of the tier the last unit up to {@code cumulative}
     * fell in (the first tier's at 0). What a line item shows as its {@code unitPrice}.
     */
    public BigDecimal unitPriceAt(BigDecimal cumulative) {
        Tier found = tiers.get(0);
        for (Tier tier : tiers) {
            if (tier.startQuantity().compareTo(cumulative) < 0) {
                found = tier;
            }
        }
        return found.unitPrice();
    }
}
