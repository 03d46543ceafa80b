package org.partnercenter.idp.mfa;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as authenticator apps make them by default: HMAC-SHA-1,
 * 6 digits, 30-second steps. A code of the step before or after is accepted too, for clocks that drift.
 */
@ApplicationScoped
public class Totp {

    private static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final int MODULUS = 1_000_000;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    Totp(Clock clock) {
        this.clock = clock;
    }

    /** A new 160-bit secret (the size RFC 4226 recommends for SHA-1), base32 as apps take it. */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    public boolean verify(String base32Secret, String code) {
        if (code == null || !code.trim().matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        byte[] key = Base32.decode(base32Secret);
        byte[] given = code.trim().getBytes(StandardCharsets.US_ASCII);
        long step = clock.instant().getEpochSecond() / STEP_SECONDS;
        boolean matches = false;
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            byte[] expected = codeAt(key, candidate).getBytes(StandardCharsets.US_ASCII);
            matches |= MessageDigest.isEqual(expected, given);
        }
        return matches;
    }

    static String codeAt(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % MODULUS);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", unavailable);
        }
    }
}
