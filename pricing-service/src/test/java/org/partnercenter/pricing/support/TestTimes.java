package org.partnercenter.pricing.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Price lists and exchange rates are global, and every test class shares one service: each test takes a year of
 * its own, far in the future, so that the versions it publishes are the only ones in force within that year.
 */
public final class TestTimes {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(3000);

    private final int year;

    private TestTimes(int year) {
        this.year = year;
    }

    public static TestTimes ownYear() {
        return new TestTimes(NEXT_YEAR.getAndIncrement());
    }

    /** Midnight UTC of that day of this test's year. */
    public Instant at(int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
