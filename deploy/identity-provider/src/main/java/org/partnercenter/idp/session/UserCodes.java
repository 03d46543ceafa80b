package org.partnercenter.idp.session;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The two codes of a device authorization. The user code is what a person reads off one screen and types
 * on another: 8 characters from RFC 8628's base-20 alphabet (consonants without vowels, so that no word is
 * spelt, and no digits, so that 0/O and 1/I cannot be confused), shown as two groups of four ({@code WDJB-MJHT}):
 * about 34.5 bits. The device code never meets a person: 256 random bits.
 */
final class UserCodes {

    private static final String ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            code.append(i == 4 ? "-" : "").append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String newDeviceCode() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A typed code as compared: upper case, without hyphens, spaces or anything else a person may add. */
    static String normalised(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
