package org.partnercenter.billing.period;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A billing period: a calendar month in UTC, named {@code yyyy-MM}. */
public record BillingPeriod(YearMonth month) {

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("uuuu-MM");

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

    public String id() {
        return month.format(ID);
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }
}
