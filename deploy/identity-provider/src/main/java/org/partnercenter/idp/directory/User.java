package org.partnercenter.idp.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Locale;

/**
 * A user as stored: the password only as a salted hash.
 *
 * @param displayName the {@code name} of the user's ID tokens; the UPN's local part when absent
 * @param totpSecret the base32 secret of the user's authenticator app, or null for a user without MFA.
 *     Stored as is (a verifier needs the secret itself); the file is readable by its owner only
 */
public record User(String id, String userPrincipalName, String passwordHash, Instant createdAt,
                   String displayName, String totpSecret) {

    public User {
        if ((displayName == null || displayName.isBlank()) && userPrincipalName != null) {
            displayName = userPrincipalName.substring(0, Math.max(0, userPrincipalName.indexOf('@')));
        }
    }

    @JsonIgnore
    public boolean hasMfa() {
        return totpSecret != null;
    }

    static String key(String userPrincipalName) {
        return userPrincipalName.toLowerCase(Locale.ROOT);
    }
}
