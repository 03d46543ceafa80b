package org.partnercenter.gateway.internaltoken;

import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** The gateway's signing key for internal tokens and the JWKS the services verify them with. */
@ApplicationScoped
public class InternalTokenKeys {

    private static final Logger LOG = Logger.getLogger(InternalTokenKeys.class);

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    InternalTokenKeys(InternalTokenConfig config) throws IOException, GeneralSecurityException {
        KeyPair pair = config.privateKeyLocation().isPresent() ? load(Path.of(config.privateKeyLocation().get()))
                : generate();
        this.privateKey = pair.getPrivate();
        this.publicKey = (RSAPublicKey) pair.getPublic();
        this.keyId = config.keyId();
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String keyId() {
        return keyId;
    }

    /** The public half as a JWKS document. */
    public Map<String, Object> jwks() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return Map.of("keys", List.of(Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", keyId,
                "n", base64.encodeToString(unsigned(publicKey.getModulus().toByteArray())),
                "e", base64.encodeToString(unsigned(publicKey.getPublicExponent().toByteArray())))));
    }

    private static KeyPair load(Path pem) throws IOException, GeneralSecurityException {
        PrivateKey key = KeyUtils.decodePrivateKey(Files.readString(pem));
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
        var publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        return new KeyPair(publicKey, key);
    }

    private static KeyPair generate() throws GeneralSecurityException {
        LOG.warn("No gateway.internal-token.private-key-location: signing internal tokens with a key made at "
                + "start. Configure a shared key when running more than one gateway.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
