package org.partnercenter.idp.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.partnercenter.idp.error.SignInErrors;
import org.partnercenter.idp.session.RefreshToken;
import org.partnercenter.idp.session.RefreshTokens;

/**
 * {@code grant_type=refresh_token}: new tokens for the same sign-in, and a new refresh token in place of
 * the one redeemed (rotation). Without {@code scope}, the scope of the sign-in is asked again.
 */
@ApplicationScoped
public class RefreshTokenGrant {

    private final RefreshTokens refreshTokens;
    private final SessionTokens tokens;

    RefreshTokenGrant(RefreshTokens refreshTokens, SessionTokens tokens) {
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
    }

    IssuedToken redeem(Optional<String> pinnedTenant, TokenForm form) {
        String token = form.required("refresh_token");
        String clientId = form.required("client_id");
        // A bad scope is refused before the token is used up, so that the client can ask again.
        Optional<String> scope = form.optional("scope");
        scope.ifPresent(RequestedResource::fromScope);
        RefreshToken redeemed = refreshTokens.redeem(token, clientId);
        if (pinnedTenant.filter(tenant -> !tenant.equals(redeemed.session().tenantId())).isPresent()) {
            throw SignInErrors.refreshTokenOfAnotherTenant();
        }
        String newScope = scope.orElse(redeemed.scope());
        return tokens.issue(redeemed.session(), newScope, null, refreshTokens.rotate(redeemed, newScope));
    }
}
