package org.partnercenter.idp.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sign-ins waiting for the user, in memory, for as long as Azure AD's sign-in page waits. */
@ApplicationScoped
class PendingSignIns {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, PendingSignIn> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingSignIns(Clock clock) {
        this.clock = clock;
    }

    PendingSignIn open(AuthorizationRequest request, String clientName, SignInFinish finish) {
        Instant now = clock.instant();
        pending.values().removeIf(stale -> !now.isBefore(stale.expiresAt()));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PendingSignIn opened = new PendingSignIn(id, request, clientName, finish, null, 0, now.plus(LIFETIME));
        pending.put(id, opened);
        return opened;
    }

    /** The pending request of this id, if it is still waiting and was made at the same authority. */
    Optional<PendingSignIn> find(String id, String tenantSegment) {
        return Optional.ofNullable(id == null ? null : pending.get(id))
                .filter(found -> clock.instant().isBefore(found.expiresAt()))
                .filter(found -> found.request().tenantSegment().equalsIgnoreCase(tenantSegment));
    }

    /** Replaces a pending request's state, unless another request changed or ended it meanwhile. */
    boolean update(PendingSignIn previous, PendingSignIn changed) {
        return pending.replace(previous.id(), previous, changed);
    }

    /** Ends a pending request; true only for the one caller that ended it, so that it is answered once. */
    boolean close(PendingSignIn done) {
        return pending.remove(done.id(), done);
    }
}
