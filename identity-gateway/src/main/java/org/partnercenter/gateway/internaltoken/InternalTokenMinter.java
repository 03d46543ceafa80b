package org.partnercenter.gateway.internaltoken;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.InternalTokenIssuer;
import org.partnercenter.gateway.cache.CacheSizes;
import org.partnercenter.gateway.cache.EdgeCaches;

/**
 * Internal tokens, one per caller and reused while valid rather than signed anew for every request: an
 * RSA signature costs more than the rest of a forwarded request. A change of roles is a new caller,
 * hence a new token at once. The request's correlation id travels in {@code MS-CorrelationId}.
 */
@ApplicationScoped
public class InternalTokenMinter {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final InternalTokenIssuer issuer;
    private final Duration lifetime;
    private final Clock clock;
    private final Cache<Caller, String> cache;

    InternalTokenMinter(InternalTokenConfig config, InternalTokenKeys keys, Clock clock, CacheSizes sizes) {
        this.issuer = new InternalTokenIssuer(config.issuer(), keys.privateKey(), keys.keyId());
        this.lifetime = config.lifetime();
        this.clock = clock;
        // Reused only while a service would still accept it for a while.
        this.cache = EdgeCaches.expiringAfterWrite(sizes.internalTokens(), lifetime.minus(RENEW_BEFORE_EXPIRY),
                clock);
    }

    public String tokenFor(Caller caller, String correlationId) {
        return cache.get(caller, signed -> issuer.sign(signed, correlationId, clock.instant(), lifetime));
    }
}
