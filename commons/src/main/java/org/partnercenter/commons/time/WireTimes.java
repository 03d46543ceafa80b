package org.partnercenter.commons.time;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;

/**
 * Dates and times on the wire, read one way in every service, in query parameters and in JSON bodies alike: an
 * ISO-8601 date-time ({@code 2026-11-01T00:00:00Z}, any offset; without a zone, as the real API writes some fields,
 * it means UTC) or a date ({@code 2026-11-01}, a day in UTC). Years outside 1 to 9999 are refused: PostgreSQL cannot
 * compare some of them, and no usage, price or ticket lives there.
 *
 * <p>A date names a whole day, so what it means depends on its use. As a point in time ({@link #instant}) or the
 * start of a range ({@link #startOf}) it is the day's first moment; as the end of a range ({@link #endOf}) it includes
 * the day, as the real API's {@code /v1/auditrecords?startDate=2026-11-01&endDate=2026-11-30} includes 30 November.
 * Ranges are half-open: from the start (included) to the end (excluded), so a date-time as an end is not included.
 */
public final class WireTimes {

    /** What is accepted, in words for the error that refuses anything else. */
    public static final String EXPECTED = "an ISO-8601 date-time such as 2026-11-01T00:00:00Z (without a zone, UTC) "
            + "or a date such as 2026-11-01, in the years 1 to 9999";

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    /** A date, optionally a time, optionally an offset: no zone names ({@code [Europe/Paris]}), no other forms. */
    private static final DateTimeFormatter DATE_OR_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().parseLenient().appendOffsetId().parseStrict().optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    private WireTimes() {
    }

    /** A point in time (a date: its first moment); a 400 naming the parameter when the text is none we accept. */
    public static Instant instant(String parameter, String text) {
        return find(text).orElseThrow(() -> refused(parameter, text));
    }

    /** The start of a range, included: the same instant as {@link #instant}. */
    public static Instant startOf(String parameter, String text) {
        return instant(parameter, text);
    }

    /** The end of a range, excluded: a date-time itself, or for a date the start of the next day. */
    public static Instant endOf(String parameter, String text) {
        return findEnd(text).orElseThrow(() -> refused(parameter, text));
    }

    /** {@link #instant} for callers that name every bad parameter in one 400: empty when the text is refused. */
    public static Optional<Instant> find(String text) {
        return read(text).map(Named::start);
    }

    /** {@link #endOf} for callers that name every bad parameter in one 400: empty when the text is refused. */
    public static Optional<Instant> findEnd(String text) {
        return read(text).map(Named::end);
    }

    /** Why the text is refused, naming the parameter: {@code usageTime: 'soon' is not ...}. */
    public static String problem(String parameter, String text) {
        String shown = parameter + ": '" + Excerpt.of(text) + "'";
        return parse(text).isPresent() ? shown + " is outside the years 1 to 9999" : shown + " is not " + EXPECTED;
    }

    private static ApiException refused(String parameter, String text) {
        return ApiException.badRequest(problem(parameter, text) + ".", List.of(parameter));
    }

    /** What a text names: an instant, or a whole day from its first moment. */
    private record Named(Instant start, boolean wholeDay) {

        Instant end() {
            return wholeDay ? start.plus(Duration.ofDays(1)) : start;
        }
    }

    private static Optional<Named> read(String text) {
        return parse(text).filter(time -> !time.start.isBefore(EARLIEST) && time.start.isBefore(AFTER_LATEST));
    }

    private static Optional<Named> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            TemporalAccessor parsed = DATE_OR_DATE_TIME.parseBest(spacesTrimmed(text), OffsetDateTime::from,
                    LocalDateTime::from, LocalDate::from);
            if (parsed instanceof LocalDate date) {
                return Optional.of(new Named(date.atStartOfDay().toInstant(ZoneOffset.UTC), true));
            }
            Instant instant = parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            return Optional.of(new Named(instant, false));
        } catch (DateTimeException | ArithmeticException notOneWeAccept) {
            return Optional.empty();
        }
    }

    /** Only spaces: {@code trim()} would also drop a NUL or other control character and accept what was sent. */
    private static String spacesTrimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }
}
