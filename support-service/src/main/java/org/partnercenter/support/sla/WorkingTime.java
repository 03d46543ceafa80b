package org.partnercenter.support.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * The time in which an SLA clock counts: around the clock, or only in business hours. Both directions are
 * needed, so they live together and stay consistent: {@code between(a, plus(a, d))} is {@code d}.
 */
public interface WorkingTime {

    /** The earliest instant at which {@code amount} of working time has passed since {@code start}. */
    Instant plus(Instant start, Duration amount);

    /** The working time between two instants; zero when {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to);

    /** How much working time one day of this calendar holds: what a target of "n days" means. */
    Duration workingDay();
}
