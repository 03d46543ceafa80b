package org.partnercenter.gateway.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.util.Optional;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.gateway.cache.ExpiringCache;
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
    private final ExpiringCache<SignedInPrincipal, Resolution> cache;

    ResolvedCallers(CallerDirectory directory, Clock clock, CallerCacheConfig config) {
        this.directory = directory;
        this.clock = clock;
        this.config = config;
        this.cache = new ExpiringCache<>(MAX_ENTRIES, clock);
    }

    public Optional<Resolution> find(SignedInPrincipal principal) {
        return cache.find(principal);
    }

    /** Reads the partner store (blocking) and keeps the answer for the next requests of this principal. */
    public Resolution resolve(SignedInPrincipal principal) {
        Resolution resolution;
        try {
            resolution = new Resolution(directory.resolve(principal), null);
        } catch (ApiException refusal) {
            resolution = new Resolution(null, refusal);
        }
        cache.put(principal, resolution, clock.instant().plus(config.timeToLive()));
        return resolution;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallersChanged changed) {
        cache.forgetIf(principal -> principal.tenantId().equals(changed.tenantId()));
    }
}
