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
 * Authorization codes, in memory only, single use and valid for 10 minutes as in Azure AD. A redeemed
 * code is remembered until it would have expired, so that a second redemption is told apart from a
 * made-up code and can revoke what the first one issued (RFC 6749, section 4.1.2).
 */
@ApplicationScoped
public class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, AuthorizationCode> unused = new ConcurrentHashMap<>();
    private final Map<String, AuthorizationCode> redeemed = new ConcurrentHashMap<>();
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    AuthorizationCodes(RefreshTokens refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    public String issue(SignInSession session, String redirectUri, String codeChallenge, String nonce, String scope) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        unused.put(code, new AuthorizationCode(session, redirectUri, codeChallenge, nonce, scope,
                clock.instant().plus(LIFETIME)));
        return code;
    }

    /** Takes a code out of use, whatever the redemption's outcome: a code is never tried twice. */
    public AuthorizationCode redeem(String code) {
        Instant now = clock.instant();
        AuthorizationCode found = unused.remove(code);
        unused.values().removeIf(stale -> !now.isBefore(stale.expiresAt()));
        redeemed.values().removeIf(stale -> !now.isBefore(stale.expiresAt()));
        if (found == null) {
            AuthorizationCode earlier = redeemed.get(code);
            if (earlier == null) {
                throw SignInErrors.codeUnknown();
            }
            refreshTokens.revokeSession(earlier.session().sid());
            throw SignInErrors.codeRedeemed();
        }
        if (!now.isBefore(found.expiresAt())) {
            throw SignInErrors.codeExpired();
        }
        redeemed.put(code, found);
        return found;
    }
}
