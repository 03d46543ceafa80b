package org.partnercenter.idp.support;

import static io.restassured.RestAssured.get;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/** Verifies tokens the way a resource server does: against the JWKS the provider publishes now. */
public final class PublishedKeys {

    private PublishedKeys() {
    }

    public static JWKSet fetch() {
        try {
            return JWKSet.parse(get("/common/discovery/v2.0/keys").then().statusCode(200).extract().asString());
        } catch (ParseException invalid) {
            throw new AssertionError("The JWKS is not a valid JWK set", invalid);
        }
    }

    /** The claims of a token whose RS256 signature verifies with a published key; fails otherwise. */
    public static JWTClaimsSet verifiedClaims(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey key = (RSAKey) fetch().getKeyByKeyId(jwt.getHeader().getKeyID());
            if (key == null) {
                throw new AssertionError("No published key has the token's kid " + jwt.getHeader().getKeyID());
            }
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new AssertionError("The token's signature does not verify with key " + key.getKeyID());
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException invalid) {
            throw new AssertionError("The token is not a verifiable signed JWT", invalid);
        }
    }

    public static String keyId(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException invalid) {
            throw new AssertionError("Not a JWT", invalid);
        }
    }
}
