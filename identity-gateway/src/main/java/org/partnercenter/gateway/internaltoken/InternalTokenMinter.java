package org.partnercenter.gateway.internaltoken;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.InternalTokenIssuer;
import org.partnercenter.gateway.cache.ExpiringCache;

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
    private final ExpiringCache<Caller, String> cache;

    InternalTokenMinter(InternalTokenConfig config, InternalTokenKeys keys, Clock clock) {
        this.issuer = new InternalTokenIssuer(config.issuer(), keys.privateKey(), keys.keyId());
        this.lifetime = config.lifetime();
        this.clock = clock;
        this.cache = new ExpiringCache<>(MAX_CACHED, clock);
    }

    public String tokenFor(Caller caller, String correlationId) {
        return cache.find(caller).orElseGet(() -> {
            Instant now = clock.instant();
            String token = issuer.sign(caller, correlationId, now, lifetime);
            // Reused only while a service would still accept it for a while.
            cache.put(caller, token, now.plus(lifetime).minus(RENEW_BEFORE_EXPIRY));
            return token;
        });
    }
}
