package org.partnercenter.idp.session;

import java.time.Instant;

/**
 * What an authorization code stands for, and what its redemption must match: the client, the redirect
 * URI and the PKCE challenge of the authorization request.
 */
public record AuthorizationCode(
        SignInSession session,
        String redirectUri,
        String codeChallenge,
        String nonce,
        String scope,
        Instant expiresAt) {
}
