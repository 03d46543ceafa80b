package org.partnercenter.deploy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InternalTokenKeyTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteAnRsaPkcs8PemKeyOnlyItsOwnerReadsWhenTheStackStarts() throws Exception {
        Path file = InternalTokenKey.write(dir.resolve("gateway").resolve("internal-token-key.pem"));

        String pem = Files.readString(file);
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        var key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        assertThat(key).isInstanceOf(RSAPrivateCrtKey.class);
        assertThat(((RSAPrivateCrtKey) key).getModulus().bitLength()).isEqualTo(2048);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void shouldWriteANewKeyWhenTheStackStartsAgain() throws Exception {
        Path file = dir.resolve("internal-token-key.pem");
        String first = Files.readString(InternalTokenKey.write(file));

        String second = Files.readString(InternalTokenKey.write(file));

        assertThat(second).isNotEqualTo(first);
    }
}
