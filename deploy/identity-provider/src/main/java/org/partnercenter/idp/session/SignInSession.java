package org.partnercenter.idp.session;

import java.time.Instant;

/**
 * One interactive sign-in of a user to a client: what its authorization code, refresh tokens and ID
 * tokens carry on. {@code sid} names it in ID tokens and is what end_session revokes.
 *
 * @param mfa whether the user passed the second factor, which puts {@code mfa} in {@code amr}
 */
public record SignInSession(
        String sid,
        String tenantId,
        String userId,
        String userPrincipalName,
        String displayName,
        String clientId,
        boolean mfa,
        Instant authenticatedAt) {
}
