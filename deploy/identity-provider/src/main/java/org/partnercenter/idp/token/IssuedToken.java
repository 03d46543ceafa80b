package org.partnercenter.idp.token;

import java.time.Instant;

/**
 * A signed access token and the facts its response reports.
 *
 * @param idToken the ID token of an interactive sign-in's grants, null for the others
 * @param refreshToken the next refresh token of an interactive sign-in, when one was asked for (offline_access)
 */
public record IssuedToken(
        String accessToken,
        TokenFormat format,
        Grant grant,
        Instant notBefore,
        Instant expiresOn,
        long expiresInSeconds,
        String idToken,
        String refreshToken) {

    IssuedToken withSignIn(String newIdToken, String newRefreshToken) {
        return new IssuedToken(accessToken, format, grant, notBefore, expiresOn, expiresInSeconds, newIdToken,
                newRefreshToken);
    }
}
