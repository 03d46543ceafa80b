package org.partnercenter.gateway.audit;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of an audit query as Microsoft's SDKs really send them, besides the ISO forms every service reads. The
 * .NET SDK writes {@code DateTime.ToString(CultureInfo.InvariantCulture)}: {@code 12/01/2026 00:00:00}, month first.
 * The Java SDK formats with Joda's {@code YYYY-MM-DD}, whose {@code DD} is the day of the year: 7 December 2026 is
 * {@code 2026-12-341} (in January the day of the year is the day of the month, which ISO reads already). Neither
 * carries a zone: UTC, as every date of the API. A midnight time names its whole day, as a date does: the .NET SDK
 * sends a date as that day's midnight, so {@code endDate=12/31/2026 00:00:00} includes 31 December.
 */
final class SdkDates {

    /** What the refusal adds to the ISO forms it lists. */
    static final String EXPECTED = "the .NET SDK's 12/01/2026 00:00:00 (MM/dd/yyyy HH:mm:ss, UTC) and the Java SDK's "
            + "2026-12-341 (yyyy-MM- and the day of the year) are read too";

    /** Spaces around are dropped, as WireTimes drops them; no other character. */
    private static final Pattern INVARIANT_CULTURE =
            Pattern.compile(" *(\\d{2})/(\\d{2})/(\\d{4})(?: (\\d{2}):(\\d{2}):(\\d{2}))? *");
    private static final Pattern DAY_OF_YEAR = Pattern.compile(" *(\\d{4})-(\\d{2})-(\\d{2,3}) *");
    private static final int LAST_DAY_OF_A_MONTH = 31;

    /** A day from its first moment, or an instant. */
    record SdkDate(Instant start, boolean wholeDay) {

        /** As the end of a half-open period: a whole day included, an instant excluded. */
        Instant end() {
            return wholeDay ? start.plus(Duration.ofDays(1)) : start;
        }
    }

    private SdkDates() {
    }

    /** Empty when the text is neither SDK's form, or names no real day (13/01/2026, 2026-12-30, 2026-02-335). */
    static Optional<SdkDate> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Matcher invariant = INVARIANT_CULTURE.matcher(text);
            if (invariant.matches()) {
                return invariantCulture(invariant);
            }
            Matcher dayOfYear = DAY_OF_YEAR.matcher(text);
            if (dayOfYear.matches()) {
                return dayOfYear(dayOfYear);
            }
        } catch (DateTimeException notARealDay) {
            // answered below: empty, the caller refuses the text
        }
        return Optional.empty();
    }

    private static Optional<SdkDate> invariantCulture(Matcher m) {
        LocalDate day = LocalDate.of(year(m.group(3)), number(m.group(1)), number(m.group(2)));
        LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                : LocalTime.of(number(m.group(4)), number(m.group(5)), number(m.group(6)));
        return Optional.of(new SdkDate(day.atTime(time).toInstant(ZoneOffset.UTC), time.equals(LocalTime.MIDNIGHT)));
    }

    /** Only past the 31st: a smaller number is a day of the month, ISO's, or January's day of the year. */
    private static Optional<SdkDate> dayOfYear(Matcher m) {
        int dayOfYear = number(m.group(3));
        if (dayOfYear <= LAST_DAY_OF_A_MONTH) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofYearDay(year(m.group(1)), dayOfYear);
        if (day.getMonthValue() != number(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new SdkDate(day.atStartOfDay().toInstant(ZoneOffset.UTC), true));
    }

    /** Year 0 is no year of the API (nor of the SDKs' calendars): years 1 to 9999, as for ISO dates. */
    private static int year(String digits) {
        int year = number(digits);
        if (year < 1) {
            throw new DateTimeException("year " + digits);
        }
        return year;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
