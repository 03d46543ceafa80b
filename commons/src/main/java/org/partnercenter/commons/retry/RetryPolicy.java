package org.partnercenter.commons.retry;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one way this project retries passing trouble (a lock, a restarting database, a refusing broker): up to
 * {@code attempts} tries, or without end, waiting between them a delay that doubles from {@code firstDelay} up
 * to {@code maxDelay}. The idempotent consumer ({@code ConsumedEvents}) runs its effect through {@link #run};
 * the outbox relay asks {@link #delayAfter} how long to wait while Kafka refuses.
 *
 * <p>Not SmallRye Fault Tolerance: its {@code @Retry} fits the consumer (abort on the event's own fault, a
 * fallback that parks) but not the relay, which is no call to retry but a loop that runs for the life of the
 * service, waits for commits between passes, stops on shutdown and resets its backoff on every success; two
 * mechanisms for one concern is what this replaces. A policy of a few lines also takes a {@link Sleeper}, so
 * that tests check every delay without waiting for it, and its delays come from the users' typed config.
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {

    /** No attempt limit: for loops that must never give up (the outbox relay never drops a row). */
    public static final int WITHOUT_END = Integer.MAX_VALUE;

    public RetryPolicy {
        if (attempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("A retry policy needs at least one attempt and 0 <= first delay "
                    + "<= max delay, not " + attempts + ", " + firstDelay + ", " + maxDelay);
        }
    }

    /** The wait after {@code failures} failures in a row (1 for the first): first delay, doubled each time. */
    public Duration delayAfter(int failures) {
        Duration delay = firstDelay;
        for (int failure = 1; failure < failures && delay.compareTo(maxDelay) < 0; failure++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }

    /**
     * Runs the action until it succeeds, waiting {@link #delayAfter} between tries, and throws the failure
     * that ends the retries: the last attempt's, the first that is not {@code retryable}, or the one pending
     * when the thread is interrupted (the interrupt stays set).
     */
    public <T> T run(Supplier<T> action, Predicate<RuntimeException> retryable, Sleeper sleeper) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException failure) {
                if (attempt >= attempts || !retryable.test(failure)) {
                    throw failure;
                }
                try {
                    sleeper.sleep(delayAfter(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }
}
