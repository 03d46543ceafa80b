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
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw SeekPosition.invalid();
        }
    }
}
