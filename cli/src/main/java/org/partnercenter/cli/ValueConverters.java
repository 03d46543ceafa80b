package org.partnercenter.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * The option and parameter types whose picocli converters would name a Java exception in a usage error ("cannot
 * convert 'x' to UUID (java.lang.IllegalArgumentException: ...)"): these say what was expected instead.
 */
final class ValueConverters {

    private ValueConverters() {
    }

    static void registerOn(CommandLine commandLine) {
        commandLine.registerConverter(UUID.class, text -> convert(text, UUID::fromString,
                "a GUID such as 0c2b9d52-3a0e-4a55-9c0f-2f41b7d3c001"));
        commandLine.registerConverter(LocalDate.class, text -> convert(text, LocalDate::parse,
                "a date such as 2026-11-01"));
        commandLine.registerConverter(YearMonth.class, text -> convert(text, YearMonth::parse,
                "a month such as 2026-11"));
        commandLine.registerConverter(BigDecimal.class, text -> convert(text, BigDecimal::new,
                "a decimal number such as 120.50"));
    }

    private static <T> T convert(String text, Function<String, T> parse, String expected) {
        try {
            return parse.apply(text.trim());
        } catch (RuntimeException e) {
            throw new TypeConversionException("'" + text + "' is not " + expected);
        }
    }
}
