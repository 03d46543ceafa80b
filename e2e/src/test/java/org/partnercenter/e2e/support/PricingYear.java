package org.partnercenter.e2e.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Price lists and exchange rates are global, one set per stack, and the suite may run against a stack that ran it
 * before (or that has the demo's prices, effective now): each test takes a year of its own, far in the future and new
 * to this run, so that what it publishes is the only thing in force within that year.
 */
public final class PricingYear {

    /** Random per run, so that runs against the same stack meet only by a 1-in-700 chance; then one per test. */
    private static final AtomicInteger NEXT = new AtomicInteger(2100 + ThreadLocalRandom.current().nextInt(700));

    private final int year;

    private PricingYear(int year) {
        this.year = year;
    }

    public static PricingYear ownYear() {
        return new PricingYear(NEXT.getAndIncrement());
    }

    /** {@code 2468-07-01}, as effective dates are sent. */
    public String date(int month, int day) {
        return LocalDate.of(year, month, day).toString();
    }

    /** Midnight UTC of that day, as the services answer effective dates and take asOf and usageTime. */
    public Instant at(int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
