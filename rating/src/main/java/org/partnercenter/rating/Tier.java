package org.partnercenter.rating;

import java.math.BigDecimal;
import java.util.Objects;

/** One tier of a meter's rates: from this cumulative quantity of the period on, each unit costs unitPrice (USD). */
public record Tier(BigDecimal startQuantity, BigDecimal unitPrice) {

    public Tier {
        Objects.requireNonNull(startQuantity, "startQuantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (startQuantity.signum() < 0 || unitPrice.signum() < 0) {
            throw new IllegalArgumentException("tier start and unit price may not be negative");
        }
    }
}
