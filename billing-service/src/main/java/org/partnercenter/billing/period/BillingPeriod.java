package org.partnercenter.billing.period;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A billing period: a calendar month in UTC, named {@code yyyy-MM}. */
public record BillingPeriod(YearMonth month) {

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("uuuu-MM");

    /** @return the period named {@code yyyy-MM}, or empty for anything else */
    public static Optional<BillingPeriod> parse(String id) {
        if (id == null || !id.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BillingPeriod(YearMonth.parse(id, ID)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static BillingPeriod of(LocalDate day) {
        return new BillingPeriod(YearMonth.from(day));
    }

    /** The period running now. */
    public static BillingPeriod current(Clock clock) {
        return of(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    public BillingPeriod previous() {
        return new BillingPeriod(month.minusMonths(1));
    }

    public BillingPeriod next() {
        return new BillingPeriod(month.plusMonths(1));
    }

    public boolean isBefore(BillingPeriod other) {
        return month.isBefore(other.month);
    }

    public String id() {
        return month.format(ID);
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    /** The first day's start, UTC: an invoice's and a period state's {@code billingPeriodStartDate}. */
    public Instant startDate() {
        return firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last day's start, UTC: {@code billingPeriodEndDate}, a date as the real invoices give it. */
    public Instant endDate() {
        return lastDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
