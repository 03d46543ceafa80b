package org.partnercenter.support.sla;

import java.time.Duration;
import java.time.Instant;

/** Every hour counts: the working time of critical requests. */
public final class AroundTheClock implements WorkingTime {

    public static final AroundTheClock INSTANCE = new AroundTheClock();

    private AroundTheClock() {
    }

    @Override
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative: " + amount);
        }
        return start.plus(amount);
    }

    @Override
    public Duration between(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    @Override
    public Duration workingDay() {
        return Duration.ofDays(1);
    }
}
