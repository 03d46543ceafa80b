package org.partnercenter.cli.usage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A bound of a usage range as the API reads it: a date ({@code 2026-11-01}, a whole day: as an end it is included) or
 * an ISO-8601 date-time with its offset. Checked here, so that a typo is a usage error and not the API's 400, and
 * sent as typed, so that a date keeps its meaning of a whole day.
 */
final class DateOrTime implements ITypeConverter<String> {

    @Override
    public String convert(String text) {
        String trimmed = text.trim();
        try {
            LocalDate.parse(trimmed);
            return trimmed;
        } catch (DateTimeParseException notADate) {
            try {
                OffsetDateTime.parse(trimmed);
                return trimmed;
            } catch (DateTimeParseException notATime) {
                throw new TypeConversionException("'" + text + "' is neither a date such as 2026-11-01 nor a "
                        + "date-time such as 2026-11-01T00:00:00Z");
            }
        }
    }
}
