package org.partnercenter.commons.paging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Sort-key values as text in a continuation token, and back to the attribute's type. */
final class SortKeyValues {

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(
            String.class, s -> s,
            UUID.class, UUID::fromString,
            Long.class, Long::valueOf,
            Integer.class, Integer::valueOf,
            Instant.class, Instant::parse,
            OffsetDateTime.class, OffsetDateTime::parse,
            LocalDate.class, LocalDate::parse,
            BigDecimal.class, BigDecimal::new);

    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private SortKeyValues() {
    }

    static String format(Object value) {
        if (value == null) {
            throw new IllegalStateException("seek paging needs non-null sort keys");
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    static Object parse(Class<?> type, String text) {
        Function<String, Object> parser = PARSERS.get(type);
        if (parser == null) {
            throw new IllegalArgumentException("no seek key parser for " + type);
        }
        Object value;
        try {
            value = parser.apply(text);
        } catch (RuntimeException e) {
            throw SeekPosition.invalid();
        }
        if (!storable(value)) {
            throw SeekPosition.invalid();
        }
        return value;
    }

    /**
     * A hand-made token may hold what Java parses but PostgreSQL cannot compare (a year 300000, a NUL in
     * text): it must be refused as a bad token, not fail in the database as a 500.
     */
    private static boolean storable(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\u0000') < 0;
        }
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return storable(dateTime.toInstant());
        }
        if (value instanceof LocalDate date) {
            return date.getYear() >= 1 && date.getYear() <= 9999;
        }
        return true;
    }
}
