package org.partnercenter.idp.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** An authenticator app, as tests need one: RFC 6238 codes from a base32 secret, written from the RFC itself. */
public final class TotpCodes {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private TotpCodes() {
    }

    public static String now(String base32Secret) {
        return at(base32Secret, Instant.now());
    }

    public static String at(String base32Secret, Instant time) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(time.getEpochSecond() / 30).array());
            int offset = hash[19] & 0xf;
            int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format("%06d", value % 1_000_000);
        } catch (GeneralSecurityException unavailable) {
            throw new AssertionError(unavailable);
        }
    }

    /** A six-digit code that is not the current one, nor the one before or after it. */
    public static String wrong(String base32Secret) {
        Instant now = Instant.now();
        String candidate = "000000";
        for (int i = 0; i < 10; i++) {
            candidate = String.format("%06d", (Integer.parseInt(at(base32Secret, now)) + 1 + i * 7919) % 1_000_000);
            if (!candidate.equals(at(base32Secret, now.minusSeconds(30)))
                    && !candidate.equals(at(base32Secret, now.plusSeconds(30)))) {
                return candidate;
            }
        }
        return candidate;
    }

    private static byte[] decode(String base32) {
        ByteBuffer out = ByteBuffer.allocate(base32.length() * 5 / 8);
        long buffer = 0;
        int bits = 0;
        for (char c : base32.toCharArray()) {
            buffer = (buffer << 5) | BASE32.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
