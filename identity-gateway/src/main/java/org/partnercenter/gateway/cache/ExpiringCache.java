package org.partnercenter.gateway.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The edge's caches (verified tokens, resolved callers, minted internal tokens): each entry valid until its
 * own instant, the whole bounded so that a flood of distinct keys cannot exhaust the heap.
 */
public final class ExpiringCache<K, V> {

    private final int maxEntries;
    private final Clock clock;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public ExpiringCache(int maxEntries, Clock clock) {
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public Optional<V> find(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.validUntil().isAfter(clock.instant())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Keeps the value until {@code validUntil}; when full, expired entries go first, then all of them. */
    public void put(K key, V value, Instant validUntil) {
        if (entries.size() >= maxEntries) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !entry.validUntil().isAfter(now));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(value, validUntil));
    }

    public void forgetIf(Predicate<K> key) {
        entries.keySet().removeIf(key);
    }

    private record Entry<V>(V value, Instant validUntil) {
    }
}
