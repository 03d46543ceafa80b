package org.partnercenter.idp.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnercenter.idp.error.SignInErrors;

/**
 * The refresh tokens of interactive sign-ins, in memory only: a restart signs every browser out, which
 * a development provider can afford. Each token is single use; redeeming one hands out its successor.
 */
@ApplicationScoped
public class RefreshTokens {

    /** Azure AD gives a single-page app's refresh tokens a fixed lifetime of 24 hours. */
    static final Duration SPA_LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, RefreshToken> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    RefreshTokens(Clock clock) {
        this.clock = clock;
    }

    /** The first refresh token of a sign-in. */
    public String issue(SignInSession session, String scope) {
        return store(new RefreshToken(session, scope, clock.instant().plus(SPA_LIFETIME), false));
    }

    /**
     * Uses a refresh token up and returns what it stood for. Presenting a used one again means it leaked
     * or a client kept a stale copy: the whole sign-in is revoked then, as OAuth's security advice says.
     */
    public RefreshToken redeem(String token, String clientId) {
        Instant now = clock.instant();
        RefreshToken found = tokens.get(token);
        tokens.values().removeIf(stored -> !now.isBefore(stored.expiresAt()));
        if (found == null) {
            throw SignInErrors.refreshTokenUnknown();
        }
        if (!now.isBefore(found.expiresAt())) {
            throw SignInErrors.refreshTokenExpired();
        }
        if (!found.session().clientId().equals(clientId)) {
            throw SignInErrors.refreshTokenOfAnotherClient(clientId);
        }
        if (found.used() || !tokens.replace(token, found, found.markedUsed())) {
            revokeSession(found.session().sid());
            throw SignInErrors.refreshTokenUsed();
        }
        return found;
    }

    /** The successor of a redeemed token: same sign-in, same end, possibly another scope. */
    public String rotate(RefreshToken redeemed, String scope) {
        return store(new RefreshToken(redeemed.session(), scope, redeemed.expiresAt(), false));
    }

    /** Forgets every refresh token of a sign-in, used or not, so that none of them works again. */
    public void revokeSession(String sid) {
        tokens.values().removeIf(stored -> stored.session().sid().equals(sid));
    }

    private String store(RefreshToken token) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(value, token);
        return value;
    }
}
