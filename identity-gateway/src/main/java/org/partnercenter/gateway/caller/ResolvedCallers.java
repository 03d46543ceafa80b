package org.partnercenter.gateway.caller;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.util.Optional;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.gateway.cache.CacheSizes;
import org.partnercenter.gateway.cache.EdgeCaches;
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

    private final CallerDirectory directory;
    private final Cache<SignedInPrincipal, Resolution> cache;

    ResolvedCallers(CallerDirectory directory, Clock clock, CallerCacheConfig config, CacheSizes sizes) {
        this.directory = directory;
        this.cache = EdgeCaches.expiringAfterWrite(sizes.resolvedCallers(), config.timeToLive(), clock);
    }

    public Optional<Resolution> find(SignedInPrincipal principal) {
        return Optional.ofNullable(cache.getIfPresent(principal));
    }

    /** Reads the partner store (blocking) and keeps the answer for the next requests of this principal. */
    public Resolution resolve(SignedInPrincipal principal) {
        Resolution resolution;
        try {
            resolution = new Resolution(directory.resolve(principal), null);
        } catch (ApiException refusal) {
            resolution = new Resolution(null, refusal);
        }
        cache.put(principal, resolution);
        return resolution;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallersChanged changed) {
        cache.asMap().keySet().removeIf(principal -> principal.tenantId().equals(changed.tenantId()));
    }
}
