package org.partnercenter.gateway.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens already verified, until they expire: an integration sends the same token for an hour, and
 * checking its signature once is enough. Only a token that passed verification enters.
 */
@ApplicationScoped
public class VerifiedTokens {

    private static final int MAX_ENTRIES = 50_000;

    private final Clock clock;
    private final Map<String, Verified> cache = new ConcurrentHashMap<>();

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    public Optional<SignedInPrincipal> find(String token) {
        Verified verified = cache.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!verified.expiresAt().isAfter(clock.instant())) {
            cache.remove(token);
            return Optional.empty();
        }
        return Optional.of(verified.principal());
    }

    public void remember(String token, SignedInPrincipal principal, long expiresAtEpochSecond) {
        Instant now = clock.instant();
        if (cache.size() >= MAX_ENTRIES) {
            cache.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
        }
        cache.put(token, new Verified(principal, Instant.ofEpochSecond(expiresAtEpochSecond)));
    }

    private record Verified(SignedInPrincipal principal, Instant expiresAt) {
    }
}
