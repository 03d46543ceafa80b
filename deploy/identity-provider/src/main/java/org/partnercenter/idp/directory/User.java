package org.partnercenter.idp.directory;

import java.time.Instant;
import java.util.Locale;

/** A user as stored: the password only as a salted hash. */
public record User(String id, String userPrincipalName, String passwordHash, Instant createdAt) {

    static String key(String userPrincipalName) {
        return userPrincipalName.toLowerCase(Locale.ROOT);
    }
}
