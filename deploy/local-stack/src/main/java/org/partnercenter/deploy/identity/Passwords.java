package org.partnercenter.deploy.identity;

import java.security.SecureRandom;
import java.util.Base64;

/** Passwords the launcher gives the users it creates in the identity provider, new on every start. */
public final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** URL- and shell-safe (letters, digits, '-', '_'), so that it can be pasted into a curl line as it is. */
    public static String generate() {
        byte[] random = new byte[15];
        RANDOM.nextBytes(random);
        return "Pc-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
