package org.partnercenter.idp.signin;

import java.time.Instant;
import org.partnercenter.idp.directory.Located;
import org.partnercenter.idp.directory.User;

/**
 * An authorization request between its sign-in page and its answer. The page carries only its id, so
 * nothing the browser posts back can change the client, redirect URI or PKCE challenge that were checked.
 *
 * @param user the user whose password was right and who still owes a one-time code; null before that
 * @param failedCodes wrong one-time codes so far
 */
record PendingSignIn(String id, AuthorizationRequest request, Located<User> user, int failedCodes, Instant expiresAt) {

    PendingSignIn awaitingCode(Located<User> passwordChecked) {
        return new PendingSignIn(id, request, passwordChecked, 0, expiresAt);
    }

    PendingSignIn withFailedCode() {
        return new PendingSignIn(id, request, user, failedCodes + 1, expiresAt);
    }
}
