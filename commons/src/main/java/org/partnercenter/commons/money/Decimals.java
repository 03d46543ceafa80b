package org.partnercenter.commons.money;

import java.math.BigDecimal;

/**
 * Decimals (prices, quantities, rates) as the wire carries them: written in the shortest plain form ({@code 100}, not
 * {@code 1E+2} or {@code 100.00}), and read with a bound on their digits, because the exponent form is short
 * ({@code 1e400}, {@code 1e-400}) but stands for a number that costs time and memory wherever it is written out.
 */
public final class Decimals {

    /** Digits allowed on each side of the decimal point of a price or quantity: far beyond any, far below a DoS. */
    public static final int MAX_DIGITS = 18;

    private Decimals() {
    }

    public static BigDecimal shortest(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String plain(BigDecimal value) {
        return shortest(value).toPlainString();
    }

    /**
     * True when the value has at most {@code digits} digits before and at most {@code digits} after the point, not
     * counting trailing zeros: {@code 1.50} has one of each, {@code 1e400} has 401 before.
     */
    public static boolean hasAtMostDigits(BigDecimal value, int digits) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= digits && stripped.precision() - stripped.scale() <= digits;
    }

    /** A price or quantity from text (plain or exponent form); null if none or beyond {@link #MAX_DIGITS} digits. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim()).stripTrailingZeros();
            return hasAtMostDigits(value, MAX_DIGITS) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
