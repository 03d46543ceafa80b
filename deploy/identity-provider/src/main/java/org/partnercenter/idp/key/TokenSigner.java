package org.partnercenter.idp.key;

import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.lang.JoseException;

/** Signs access and ID tokens alike: RS256 with the current key, whose kid the header names. */
@ApplicationScoped
public class TokenSigner {

    private final SigningKeyring keyring;

    TokenSigner(SigningKeyring keyring) {
        this.keyring = keyring;
    }

    public String sign(JwtClaims claims) {
        RsaJsonWebKey key = keyring.current();
        JsonWebSignature token = new JsonWebSignature();
        token.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        token.setHeader(HeaderParameterNames.TYPE, "JWT");
        token.setKeyIdHeaderValue(key.getKeyId());
        token.setPayload(claims.toJson());
        token.setKey(key.getPrivateKey());
        try {
            return token.getCompactSerialization();
        } catch (JoseException failed) {
            throw new IllegalStateException("Cannot sign with key " + key.getKeyId(), failed);
        }
    }
}
