package org.partnercenter.idp.token;

import java.time.Instant;

/** A signed access token and the facts its response reports. */
public record IssuedToken(
        String accessToken,
        TokenFormat format,
        Grant grant,
        Instant notBefore,
        Instant expiresOn,
        long expiresInSeconds) {
}
