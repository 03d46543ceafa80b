package org.partnercenter.support.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA clock at one instant. {@code dueAt} is when the clock falls (or fell) due; it is null while the
 * clock is paused or not started, and after it stopped in time. {@code remaining} is working time and
 * negative once overdue.
 */
public record ClockReading(ClockState state, Duration target, Instant startedAt, Instant dueAt, Duration remaining,
        boolean breached, Instant stoppedAt) {

    static ClockReading notStarted(Duration target) {
        return new ClockReading(ClockState.NOT_STARTED, target, null, null, target, false, null);
    }
}
