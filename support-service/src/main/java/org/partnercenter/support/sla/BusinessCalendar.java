package org.partnercenter.support.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Business hours: the same opening hours on each working day, in one time zone, except on holidays. Walks
 * day by day, which keeps the arithmetic obviously right; SLA spans are days or weeks, never years.
 */
public final class BusinessCalendar implements WorkingTime {

    private final Set<DayOfWeek> workdays;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    public BusinessCalendar(Set<DayOfWeek> workdays, LocalTime opens, LocalTime closes, Set<LocalDate> holidays,
            ZoneId zone) {
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one working day");
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("business hours must close after they open: " + opens + "-" + closes);
        }
        this.workdays = Set.copyOf(workdays);
        this.opens = opens;
        this.closes = closes;
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    @Override
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Duration left = amount;
        for (LocalDate day = dateOf(start); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant from = latest(at(day, opens), start);
            Instant close = at(day, closes);
            if (!close.isAfter(from)) {
                continue;
            }
            Duration open = Duration.between(from, close);
            if (open.compareTo(left) >= 0) {
                return from.plus(left);
            }
            left = left.minus(open);
        }
    }

    @Override
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        for (LocalDate day = dateOf(from); !day.isAfter(dateOf(to)); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant start = latest(at(day, opens), from);
            Instant end = earliest(at(day, closes), to);
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    @Override
    public Duration workingDay() {
        return Duration.between(opens, closes);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    private LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
