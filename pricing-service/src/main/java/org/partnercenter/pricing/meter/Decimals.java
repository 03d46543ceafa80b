package org.partnercenter.pricing.meter;

import java.math.BigDecimal;

/** Decimals as the rate card writes them: the shortest plain form, {@code 100} not {@code 1E+2} or {@code 100.00}. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal shortest(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String plain(BigDecimal value) {
        return shortest(value).toPlainString();
    }

    /** A decimal from text, or null if the text is not a plain or exponent-form number. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
