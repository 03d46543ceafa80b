package org.partnercenter.idp.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 hashes of passwords and client secrets, stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so that the iteration count can change without
 * invalidating what is already stored.
 */
@ApplicationScoped
public class CredentialHasher {

    static final int PASSWORD_ITERATIONS = 100_000;
    // A generated secret carries 256 random bits: stretching protects guessable passwords, not random
    // secrets, and would only slow down every client_credentials request.
    static final int GENERATED_SECRET_ITERATIONS = 1;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public String hashPassword(String password) {
        return hash(password, PASSWORD_ITERATIONS);
    }

    public String hashGeneratedSecret(String secret) {
        return hash(secret, GENERATED_SECRET_ITERATIONS);
    }

    /** A new client secret, URL-safe so that it can go into a form body unescaped. */
    public String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public boolean matches(String stored, String candidate) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0]) || candidate == null) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(candidate, salt, Integer.parseInt(parts[1])));
    }

    private static String hash(String secret, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(secret, salt, iterations));
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", unavailable);
        }
    }
}
