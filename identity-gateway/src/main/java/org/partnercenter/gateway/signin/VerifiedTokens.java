package org.partnercenter.gateway.signin;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.partnercenter.gateway.cache.CacheSizes;
import org.partnercenter.gateway.cache.EdgeCaches;

/**
 * Tokens already verified, until they expire: an integration sends the same token for an hour, and
 * checking its signature once is enough. Only a token that passed verification enters.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final Cache<String, Verified> cache;

    VerifiedTokens(Clock clock, CacheSizes sizes) {
        this.cache = EdgeCaches.expiringAt(sizes.verifiedTokens(), Verified::expiresAt, clock);
    }

    public Optional<SignedInPrincipal> find(String token) {
        return Optional.ofNullable(cache.getIfPresent(token)).map(Verified::principal);
    }

    public void remember(String token, SignedInPrincipal principal, long expiresAtEpochSecond) {
        cache.put(token, new Verified(principal, Instant.ofEpochSecond(expiresAtEpochSecond)));
    }

    private record Verified(SignedInPrincipal principal, Instant expiresAt) {
    }
}
