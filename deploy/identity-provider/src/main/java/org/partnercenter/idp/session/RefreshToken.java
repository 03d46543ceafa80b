package org.partnercenter.idp.session;

import java.time.Instant;

/**
 * A refresh token as remembered: the sign-in it continues, the scope it was issued for, and its end.
 * An SPA's refresh tokens keep the end of the first one: rotation never extends a sign-in past it.
 */
public record RefreshToken(SignInSession session, String scope, Instant expiresAt, boolean used) {

    RefreshToken markedUsed() {
        return new RefreshToken(session, scope, expiresAt, true);
    }
}
