package org.partnercenter.gateway.internaltoken;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.InternalTokenIssuer;

/**
 * Internal tokens, one per caller and reused while valid rather than signed anew for every request: an
 * RSA signature costs more than the rest of a forwarded request. A change of roles is a new caller,
 * hence a new token at once. The request's correlation id travels in {@code MS-CorrelationId}.
 */
@ApplicationScoped
public class InternalTokenMinter {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final int MAX_CACHED = 10_000;

    private final InternalTokenIssuer issuer;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<Caller, Minted> cache = new ConcurrentHashMap<>();

    InternalTokenMinter(InternalTokenConfig config, InternalTokenKeys keys, Clock clock) {
        this.issuer = new InternalTokenIssuer(config.issuer(), keys.privateKey(), keys.keyId());
        this.lifetime = config.lifetime();
        this.clock = clock;
    }

    public String tokenFor(Caller caller, String correlationId) {
        Instant now = clock.instant();
        Minted minted = cache.get(caller);
        if (minted == null || minted.expiresAt().minus(RENEW_BEFORE_EXPIRY).isBefore(now)) {
            if (cache.size() >= MAX_CACHED) {
                cache.values().removeIf(entry -> entry.expiresAt().isBefore(now));
            }
            minted = new Minted(issuer.sign(caller, correlationId, now, lifetime), now.plus(lifetime));
            cache.put(caller, minted);
        }
        return minted.token();
    }

    private record Minted(String token, Instant expiresAt) {
    }
}
