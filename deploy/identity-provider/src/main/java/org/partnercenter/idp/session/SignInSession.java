package org.partnercenter.idp.session;

import java.time.Instant;
import java.util.UUID;
import org.partnercenter.idp.directory.Located;
import org.partnercenter.idp.directory.User;

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

    /** A new sign-in of a user whose password (and authenticator code, when {@code mfa}) was just checked. */
    public static SignInSession started(Located<User> user, String clientId, boolean mfa, Instant at) {
        return new SignInSession(UUID.randomUUID().toString(), user.tenantId(), user.value().id(),
                user.value().userPrincipalName(), user.value().displayName(), clientId, mfa, at);
    }
}
