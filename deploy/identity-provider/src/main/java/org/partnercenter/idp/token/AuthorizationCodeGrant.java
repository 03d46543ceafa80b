package org.partnercenter.idp.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.partnercenter.idp.error.SignInErrors;
import org.partnercenter.idp.session.AuthorizationCode;
import org.partnercenter.idp.session.AuthorizationCodes;
import org.partnercenter.idp.session.RefreshTokens;

/**
 * {@code grant_type=authorization_code} for a public client (an SPA): no secret, but the PKCE verifier
 * of the challenge the authorization request carried, and the same client and redirect URI.
 */
@ApplicationScoped
public class AuthorizationCodeGrant {

    private final AuthorizationCodes codes;
    private final RefreshTokens refreshTokens;
    private final SessionTokens tokens;

    AuthorizationCodeGrant(AuthorizationCodes codes, RefreshTokens refreshTokens, SessionTokens tokens) {
        this.codes = codes;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
    }

    /** {@code pinnedTenant} is the token endpoint's tenant, or empty at {@code organizations} and {@code common}. */
    IssuedToken redeem(Optional<String> pinnedTenant, TokenForm form) {
        String code = form.required("code");
        String clientId = form.required("client_id");
        String redirectUri = form.required("redirect_uri");
        String verifier = form.required("code_verifier");
        AuthorizationCode found = codes.redeem(code);
        if (!found.session().clientId().equals(clientId)) {
            throw SignInErrors.codeIssuedToAnother("client");
        }
        if (!found.redirectUri().equals(redirectUri)) {
            throw SignInErrors.codeIssuedToAnother("redirect_uri");
        }
        if (pinnedTenant.filter(tenant -> !tenant.equals(found.session().tenantId())).isPresent()) {
            throw SignInErrors.codeOfAnotherTenant();
        }
        if (!Pkce.matches(verifier, found.codeChallenge())) {
            throw SignInErrors.verifierMismatch();
        }
        String refreshToken = SessionTokens.asksForOfflineAccess(found.scope())
                ? refreshTokens.issue(found.session(), found.scope())
                : null;
        return tokens.issue(found.session(), found.scope(), found.nonce(), refreshToken);
    }
}
