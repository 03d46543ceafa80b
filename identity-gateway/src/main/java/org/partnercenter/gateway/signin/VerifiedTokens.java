package org.partnercenter.gateway.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.partnercenter.gateway.cache.ExpiringCache;

/**
 * Tokens already verified, until they expire: an integration sends the same token for an hour, and
 * checking its signature once is enough. Only a token that passed verification enters.
 */
@ApplicationScoped
public class VerifiedTokens {

    private static final int MAX_ENTRIES = 50_000;

    private final ExpiringCache<String, SignedInPrincipal> cache;

    VerifiedTokens(Clock clock) {
        this.cache = new ExpiringCache<>(MAX_ENTRIES, clock);
    }

    public Optional<SignedInPrincipal> find(String token) {
        return cache.find(token);
    }

    public void remember(String token, SignedInPrincipal principal, long expiresAtEpochSecond) {
        cache.put(token, principal, Instant.ofEpochSecond(expiresAtEpochSecond));
    }
}
