package org.partnercenter.commons.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Column values of native queries as java.time: which class Hibernate hands back for a {@code timestamptz} or a
 * {@code date} depends on its version and settings (OffsetDateTime, Instant or java.sql types), so every native read
 * converts here, one way.
 */
public final class NativeValues {

    private NativeValues() {
    }

    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
    }

    public static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + value.getClass().getName());
    }
}
