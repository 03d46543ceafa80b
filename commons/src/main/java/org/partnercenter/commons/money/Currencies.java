package org.partnercenter.commons.money;

import java.util.Currency;

/** ISO 4217 currency codes, as rate cards, charges and exchange rates accept them. */
public final class Currencies {

    private Currencies() {
    }

    /** True for an upper-case three-letter ISO 4217 code of a real currency (not XXX, which has no fraction digits). */
    public static boolean isCurrency(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
