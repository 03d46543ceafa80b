package org.partnercenter.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Replaces commons' system clock in every module's tests (this library is a bean archive): it follows the real
 * time until a test sets it, so a test can open a request on a Friday afternoon and read its SLA clocks on Monday
 * morning, or step past a throttle's wait instead of sleeping. A test that sets it resets it when it ends.
 */
@ApplicationScoped
public class AdjustableClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        fixed = instant;
    }

    public void advance(Duration amount) {
        fixed = instant().plus(amount);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
