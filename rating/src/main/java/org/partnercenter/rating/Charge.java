package org.partnercenter.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * The price of one usage: {@code includedQuantity} of it was free, the rest fell into {@code tiers}; the exact
 * USD amount, the exact converted amount, and the converted amount rounded once to the currency's minor units.
 */
public record Charge(BigDecimal quantity, BigDecimal consumedBefore, BigDecimal includedQuantity,
        List<ChargedTier> tiers, BigDecimal usdAmount, ExchangeRate exchangeRate, BigDecimal exactAmount,
        BigDecimal amount) {

    public Charge {
        tiers = List.copyOf(tiers);
    }
}
