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

    /** Digits allowed on each side of the decimal point: far beyond any price or quantity, far below a DoS. */
    public static final int MAX_DIGITS = 18;

    /**
     * A decimal from text (plain or exponent form), or null if the text is not one or has more than
     * {@link #MAX_DIGITS} digits before or after the point: {@code 1e999999999} would otherwise be written out as a
     * billion digits.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim()).stripTrailingZeros();
            boolean inRange = value.scale() <= MAX_DIGITS && value.precision() - value.scale() <= MAX_DIGITS;
            return inRange ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
