package org.partnercenter.gateway.throttling;

import java.time.Duration;

/**
 * A limit of {@code perMinute} requests a minute that refills continuously, so a partner that used its
 * minute waits seconds, not until the next minute starts.
 */
final class TokenBucket {

    private final int capacity;
    private final double perNano;
    private double tokens;
    private long updatedNanos;

    TokenBucket(int perMinute, long nowNanos) {
        this.capacity = perMinute;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.tokens = perMinute;
        this.updatedNanos = nowNanos;
    }

    /** Takes one request; answers 0 when allowed, else how long until one would be. */
    synchronized Duration take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - updatedNanos) * perNano);
        updatedNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
    }

    synchronized boolean isFull(long nowNanos) {
        return tokens + (nowNanos - updatedNanos) * perNano >= capacity;
    }
}
