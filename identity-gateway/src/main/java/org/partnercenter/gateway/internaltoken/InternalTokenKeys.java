package org.partnercenter.gateway.internaltoken;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.keys.RsaKeyUtil;
import org.jose4j.lang.JoseException;

/** The gateway's signing key for internal tokens and the JWKS the services verify them with. */
@ApplicationScoped
public class InternalTokenKeys {

    private static final Logger LOG = Logger.getLogger(InternalTokenKeys.class);
    private static final int KEY_BITS = 2048;

    private final RsaJsonWebKey key;

    InternalTokenKeys(InternalTokenConfig config, LaunchMode mode)
            throws IOException, GeneralSecurityException, JoseException {
        this.key = config.privateKeyLocation().isPresent() ? load(Path.of(config.privateKeyLocation().get()))
                : generate(mode);
        key.setKeyId(config.keyId());
        key.setUse(Use.SIGNATURE);
        key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    public PrivateKey privateKey() {
        return key.getPrivateKey();
    }

    public String keyId() {
        return key.getKeyId();
    }

    /** The public half as a JWKS document: kty, kid, use, alg, n and e. */
    public String jwks() {
        return new JsonWebKeySet(key).toJson(OutputControlLevel.PUBLIC_ONLY);
    }

    // A PKCS#8 file holds the private key only; its CRT form carries the modulus and public exponent.
    private static RsaJsonWebKey load(Path pem) throws IOException, GeneralSecurityException, JoseException {
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KeyUtils.decodePrivateKey(Files.readString(pem));
        RsaJsonWebKey loaded = new RsaJsonWebKey(
                new RsaKeyUtil().publicKey(privateKey.getModulus(), privateKey.getPublicExponent()));
        loaded.setPrivateKey(privateKey);
        return loaded;
    }

    // Replicas that made their own keys would refuse each other's tokens whenever a service's JWKS read reached another
    // replica: production names the shared key (its required environment says so before this runs).
    private static RsaJsonWebKey generate(LaunchMode mode) throws JoseException {
        if (mode == LaunchMode.NORMAL) {
            throw new IllegalStateException("gateway.internal-token.private-key-location is required in production "
                    + "(GATEWAY_INTERNAL_TOKEN_PRIVATE_KEY_LOCATION, a PKCS#8 PEM file every gateway replica shares)");
        }
        LOG.warn("No gateway.internal-token.private-key-location: signing internal tokens with a key made at "
                + "start. Configure a shared key when running more than one gateway.");
        return RsaJwkGenerator.generateJwk(KEY_BITS);
    }
}
