package org.partnercenter.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The edge's caches (verified tokens, resolved callers, minted internal tokens), on Caffeine: bounded so that a
 * flood of distinct keys cannot exhaust the heap, and when full Caffeine evicts the entries least likely to be
 * used again, one by one, never the whole cache at once (every caller then paying a signature check and a
 * database read together). Time is the injected {@link Clock}, so tests step past an expiry instead of
 * sleeping. Not {@code quarkus-cache}: a verified token must expire at its own {@code exp}, and its caches
 * take neither a per-entry expiry nor a clock.
 */
public final class EdgeCaches {

    private EdgeCaches() {
    }

    /** Each entry kept for the same {@code timeToLive} after it was put. */
    public static <K, V> Cache<K, V> expiringAfterWrite(long maximumSize, Duration timeToLive, Clock clock) {
        return Caffeine.newBuilder().maximumSize(maximumSize).ticker(ticker(clock))
                .expireAfterWrite(positive(timeToLive)).build();
    }

    /** Each entry kept until the instant its value names, at the latest. */
    public static <K, V> Cache<K, V> expiringAt(long maximumSize, Function<V, Instant> validUntil, Clock clock) {
        Expiry<K, V> untilValidUntil = Expiry.creating((key, value) -> positive(
                Duration.between(clock.instant(), validUntil.apply(value))));
        return Caffeine.newBuilder().maximumSize(maximumSize).ticker(ticker(clock))
                .expireAfter(untilValidUntil).build();
    }

    private static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
