package org.partnercenter.billing.statement;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How a statement writes money, rates and days: amounts exact, grouped and with at least their currency's minor
 * units ({@code 1,234.50}, yen without decimals), rates as percentages, days in UTC as ISO dates.
 */
final class Amounts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Amounts() {
    }

    static String money(BigDecimal amount, String currencyCode) {
        int digits = fractionDigits(currencyCode);
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setMinimumFractionDigits(digits);
        // Never rounded here: the amount already has the scale billing rounded it to.
        format.setMaximumFractionDigits(Math.max(digits, amount.scale()));
        return format.format(amount);
    }

    /** {@code 0.21} as {@code 21%}. */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }

    private static int fractionDigits(String currencyCode) {
        try {
            return Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }
}
