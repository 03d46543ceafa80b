package org.partnercenter.idp.signin;

import java.time.Instant;
import org.partnercenter.idp.directory.Located;
import org.partnercenter.idp.directory.User;

/**
 * A sign-in between its first page and its end. The page carries only its id, so nothing the browser posts
 * back can change the client, redirect URI or PKCE challenge that were checked.
 *
 * @param request the authorization request, or for the device code flow the device's authority, client and scope
 * @param clientName the display name of the application the user signs in to
 * @param finish what the end of the sign-in does: redirect back with a code, or approve a device
 * @param user the user whose password was right and who still owes a one-time code; null before that
 * @param failedCodes wrong one-time codes so far
 */
record PendingSignIn(String id, AuthorizationRequest request, String clientName, SignInFinish finish,
                     Located<User> user, int failedCodes, Instant expiresAt) {

    PendingSignIn awaitingCode(Located<User> passwordChecked) {
        return new PendingSignIn(id, request, clientName, finish, passwordChecked, 0, expiresAt);
    }

    PendingSignIn withFailedCode() {
        return new PendingSignIn(id, request, clientName, finish, user, failedCodes + 1, expiresAt);
    }
}
