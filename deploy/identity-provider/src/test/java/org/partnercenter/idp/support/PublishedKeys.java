package org.partnercenter.idp.support;

import static io.restassured.RestAssured.get;

import java.time.Instant;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/** Verifies tokens the way a resource server does: against the JWKS the provider publishes now. */
public final class PublishedKeys {

    private PublishedKeys() {
    }

    public static JsonWebKeySet fetch() {
        try {
            return new JsonWebKeySet(get("/common/discovery/v2.0/keys").then().statusCode(200).extract().asString());
        } catch (JoseException invalid) {
            throw new AssertionError("The JWKS is not a valid JWK set", invalid);
        }
    }

    /**
     * The claims of a token whose RS256 signature verifies with the published key of its kid; fails otherwise.
     * Only the signature is checked: the tests look at expired and not-yet-valid tokens' claims too.
     */
    public static JwtClaims verifiedClaims(String token) {
        try {
            return new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(fetch().getJsonWebKeys()))
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setSkipAllValidators()
                    .build()
                    .processToClaims(token);
        } catch (InvalidJwtException invalid) {
            throw new AssertionError("The token does not verify with a published key", invalid);
        }
    }

    public static String keyId(String token) {
        return header(token, "kid");
    }

    /** A member of the token's (unverified) JOSE header. */
    public static String header(String token, String name) {
        try {
            return JsonWebStructure.fromCompactSerialization(token).getHeader(name);
        } catch (JoseException invalid) {
            throw new AssertionError("Not a JWT", invalid);
        }
    }

    public static Instant instant(NumericDate date) {
        return Instant.ofEpochSecond(date.getValue());
    }
}
