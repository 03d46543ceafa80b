package org.partnercenter.customer.user;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Generated admin passwords, like the real API's ({@code "=;;n.=s9Z"}): 16 characters from a cryptographic
 * random source, with at least one upper-case letter, lower-case letter, digit and symbol, which every
 * directory's complexity rule accepts.
 */
final class AdminPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#$%()*+,-.:;=?@_";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AdminPasswords() {
    }

    static String next() {
        List<Character> chars = new ArrayList<>();
        for (String required : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
            chars.add(pick(required));
        }
        while (chars.size() < LENGTH) {
            chars.add(pick(ALL));
        }
        Collections.shuffle(chars, RANDOM);
        StringBuilder password = new StringBuilder(LENGTH);
        chars.forEach(password::append);
        return password.toString();
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}
