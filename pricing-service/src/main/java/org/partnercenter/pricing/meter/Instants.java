package org.partnercenter.pricing.meter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates as the real API's clients send them: {@code 2024-05-01}, {@code 2024-05-01T00:00:00Z}, with an offset, or
 * without a zone ({@code 2024-05-01T00:00:00}, which the real API means as UTC).
 */
public final class Instants {

    private Instants() {
    }

    /** PostgreSQL stores years up to 294276; four digits are what the API's clients send. */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    /** The instant, or null if the text is none of the accepted forms or outside years 1 to 9999. */
    public static Instant parse(String text) {
        Instant instant = parseAnyYear(text);
        return instant == null || instant.isAfter(LATEST) || instant.isBefore(EARLIEST)
                ? null : instant;
    }

    private static Instant parseAnyYear(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
