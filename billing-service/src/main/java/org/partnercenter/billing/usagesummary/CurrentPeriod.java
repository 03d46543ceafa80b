package org.partnercenter.billing.usagesummary;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** The billing period in progress: the calendar month (UTC) the clock is in, as rating names it ({@code yyyy-MM}). */
record CurrentPeriod(String period, Instant start, Instant end) {

    static CurrentPeriod of(Clock clock) {
        YearMonth month = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        return new CurrentPeriod(month.toString(), month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
