package org.partnercenter.gateway.throttling;

import java.time.Duration;
import java.time.Instant;

/**
 * A limit of {@code perMinute} requests a minute that refills continuously, so a partner that used its
 * minute waits seconds, not until the next minute starts. It keeps the instant at which it is full again (the
 * generic cell rate algorithm) in whole nanoseconds, so a client that waits exactly the answered time is let
 * through. The time is the injected clock's: a system clock stepped back delays callers by the step, at most.
 */
final class TokenBucket {

    /** The time one request's token takes to come back. */
    private final long interval;
    /** The time an empty bucket takes to fill. */
    private final long capacity;
    private Instant fullAt;

    TokenBucket(int perMinute, Instant now) {
        this.interval = Duration.ofMinutes(1).toNanos() / perMinute;
        this.capacity = interval * perMinute;
        this.fullAt = now;
    }

    /** Takes one request; answers 0 when allowed, else how long until one would be. */
    synchronized Duration take(Instant now) {
        Instant next = (fullAt.isAfter(now) ? fullAt : now).plusNanos(interval);
        long tooEarly = Duration.between(now, next).toNanos() - capacity;
        if (tooEarly > 0) {
            return Duration.ofNanos(tooEarly);
        }
        fullAt = next;
        return Duration.ZERO;
    }

    synchronized boolean isFull(Instant now) {
        return !fullAt.isAfter(now);
    }
}
