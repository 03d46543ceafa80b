package org.partnercenter.idp.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import org.partnercenter.idp.config.IdpConfig;
import org.partnercenter.idp.session.SignInSession;

/**
 * The tokens of an interactive sign-in: the access token the password grant would give the same user for
 * the same scope (with {@code mfa} in {@code amr} only when the user passed it), and an ID token.
 */
@ApplicationScoped
public class SessionTokens {

    private final AccessTokenMinter accessTokens;
    private final IdTokenMinter idTokens;
    private final IdpConfig config;

    SessionTokens(AccessTokenMinter accessTokens, IdTokenMinter idTokens, IdpConfig config) {
        this.accessTokens = accessTokens;
        this.idTokens = idTokens;
        this.config = config;
    }

    IssuedToken issue(SignInSession session, String scope, String nonce, String refreshToken) {
        Grant grant = Grant.user(session.tenantId(), RequestedResource.fromScope(scope), session.clientId(),
                session.userId(), session.userPrincipalName());
        IssuedToken access = accessTokens.mint(TokenFormat.V2, grant,
                new DevelopmentOptions(session.mfa(), config.tokenLifetime(), Duration.ZERO));
        return access.withSignIn(idTokens.mint(session, nonce), refreshToken);
    }

    static boolean asksForOfflineAccess(String scope) {
        return asksFor(scope, "offline_access");
    }

    static boolean asksFor(String scope, String item) {
        return Arrays.asList(scope.trim().split("\\s+")).contains(item);
    }
}
