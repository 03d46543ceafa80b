package org.partnercenter.customer.customer;

import java.security.SecureRandom;

/** The real API's etags are opaque; a random number per change cannot be guessed or replayed after a change. */
public final class Etags {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Etags() {
    }

    public static String next() {
        return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE);
    }
}
