package org.partnercenter.commons.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.partnercenter.commons.error.ApiException;

/**
 * Dates and times in query parameters, read one way in every service: an ISO-8601 date-time
 * ({@code 2026-11-01T00:00:00Z}, any offset) or a date ({@code 2026-11-01}, the start of that day); no zone
 * means UTC. Years outside 1 to 9999 are refused: PostgreSQL cannot compare them, and no usage, price or
 * ticket lives there.
 */
public final class WireTimes {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private WireTimes() {
    }

    /** The instant the text names; a 400 naming the parameter when it names none we accept. */
    public static Instant instant(String parameter, String text) {
        String trimmed = text == null ? "" : text.trim();
        Instant instant = parse(trimmed);
        if (instant == null || instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ApiException.badRequest("'" + parameter + "' must be an ISO-8601 date-time such as "
                    + "2026-11-01T00:00:00Z or a date such as 2026-11-01, in the years 1 to 9999, got '"
                    + abbreviated(trimmed) + "'.", List.of(parameter));
        }
        return instant;
    }

    private static Instant parse(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | ArithmeticException notADateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException | ArithmeticException notADate) {
                return null;
            }
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "…";
    }
}
