package org.partnercenter.deploy.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The gateway's key for signing internal tokens, which production mounts from a Secret that every gateway replica
 * shares: the stack writes a new one on every start (its services trust whatever the gateway's JWKS says) and hands
 * its path to the gateway, as a deployment hands the mounted file's.
 */
public final class InternalTokenKey {

    private static final int KEY_BITS = 2048;

    private InternalTokenKey() {
    }

    /** A new RSA private key as PKCS#8 PEM at {@code file}, readable by its owner only. */
    public static Path write(Path file) throws IOException {
        KeyPairGenerator generator;
        try {
            generator = KeyPairGenerator.getInstance("RSA");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no RSA", e);
        }
        generator.initialize(KEY_BITS);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        return file;
    }
}
