package org.partnercenter.gateway.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.gateway.signin.SignedInPrincipal;

/**
 * Callers the directory resolved a moment ago, refusals included: reading the partner store costs a
 * worker thread and a few database round trips, more than the rest of a forwarded request.
 */
@ApplicationScoped
public class ResolvedCallers {

    /** A resolved caller, or the refusal for a principal that may not call at all. */
    public record Resolution(Caller caller, ApiException refusal) {
    }

    private static final int MAX_ENTRIES = 50_000;

    private final CallerDirectory directory;
    private final Clock clock;
    private final CallerCacheConfig config;
    private final Map<SignedInPrincipal, Entry> cache = new ConcurrentHashMap<>();

    ResolvedCallers(CallerDirectory directory, Clock clock, CallerCacheConfig config) {
        this.directory = directory;
        this.clock = clock;
        this.config = config;
    }

    public Optional<Resolution> find(SignedInPrincipal principal) {
        Entry entry = cache.get(principal);
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.resolution());
    }

    /** Reads the partner store (blocking) and keeps the answer for the next requests of this principal. */
    public Resolution resolve(SignedInPrincipal principal) {
        Resolution resolution;
        try {
            resolution = new Resolution(directory.resolve(principal), null);
        } catch (ApiException refusal) {
            resolution = new Resolution(null, refusal);
        }
        remember(principal, resolution);
        return resolution;
    }

    private void remember(SignedInPrincipal principal, Resolution resolution) {
        Instant now = clock.instant();
        if (cache.size() >= MAX_ENTRIES) {
            cache.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
        }
        cache.put(principal, new Entry(resolution, now.plus(config.timeToLive())));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallersChanged changed) {
        cache.keySet().removeIf(principal -> principal.tenantId().equals(changed.tenantId()));
    }

    private record Entry(Resolution resolution, Instant expiresAt) {
    }
}
