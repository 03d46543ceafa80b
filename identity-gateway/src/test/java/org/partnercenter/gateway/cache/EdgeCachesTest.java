package org.partnercenter.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EdgeCachesTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void shouldEvictSomeEntriesButKeepTheRestWhenFull() {
        Cache<Integer, String> cache = EdgeCaches.expiringAfterWrite(100, Duration.ofMinutes(1), clock());

        IntStream.range(0, 150).forEach(key -> cache.put(key, "value-" + key));
        cache.cleanUp();

        assertThat(cache.estimatedSize()).isEqualTo(100);
        assertThat(IntStream.range(0, 150).filter(key -> cache.getIfPresent(key) != null).count()).isEqualTo(100);
    }

    @Test
    void shouldForgetAnEntryWhenItsTimeToLiveHasPassed() {
        Cache<String, String> cache = EdgeCaches.expiringAfterWrite(100, Duration.ofSeconds(2), clock());
        cache.put("key", "value");

        now = now.plusMillis(1_999);
        assertThat(cache.getIfPresent("key")).isEqualTo("value");
        now = now.plusMillis(1);
        assertThat(cache.getIfPresent("key")).isNull();
    }

    @Test
    void shouldKeepEachEntryUntilItsOwnInstantWhenEntriesExpireApart() {
        Cache<String, Instant> cache = EdgeCaches.expiringAt(100, validUntil -> validUntil, clock());
        cache.put("soon", now.plusSeconds(10));
        cache.put("later", now.plusSeconds(3_600));

        now = now.plusSeconds(10);

        assertThat(cache.getIfPresent("soon")).isNull();
        assertThat(cache.getIfPresent("later")).isNotNull();
    }

    @Test
    void shouldNotKeepAnEntryWhenItsInstantHasAlreadyPassed() {
        Cache<String, Instant> cache = EdgeCaches.expiringAt(100, validUntil -> validUntil, clock());

        cache.put("stale", now.minusSeconds(1));

        assertThat(cache.getIfPresent("stale")).isNull();
    }

    private Clock clock() {
        return new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
    }
}
