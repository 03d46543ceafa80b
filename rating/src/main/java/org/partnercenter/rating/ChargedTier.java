package org.partnercenter.rating;

import java.math.BigDecimal;

/** The part of a usage that fell into one tier: its units, the tier's USD unit price and their exact USD amount. */
public record ChargedTier(BigDecimal startQuantity, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
}
