package org.partnercenter.gateway.signin;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Which Azure AD tenant and token version a bearer token claims to come from, read from its unverified
 * payload only to choose the tenant's keys: the signature check against that tenant's JWKS, with the
 * issuer pinned to this value, is what makes the claim true. The issuer must be one of Azure AD's two
 * forms for the token's own {@code tid}.
 */
public record TokenIssuer(String tenantId, boolean v1, String issuer) {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    /**
     * Reads the claims without verifying anything, on purpose: this is jose4j's "first pass" of a two-pass
     * check. Quarkus OIDC then verifies the signature with the keys of the tenant chosen here and pins the
     * issuer, so nothing read here is trusted unless that check passes.
     */
    private static final JwtConsumer UNVERIFIED = new JwtConsumerBuilder()
            .setSkipSignatureVerification()
            .setSkipAllValidators()
            .build();

    /** The tenant and version of the token, or empty if it is not a JWT from an accepted issuer. */
    public static Optional<TokenIssuer> of(String bearer, SignInConfig config) {
        JwtClaims claims = unverifiedClaims(bearer);
        if (claims == null) {
            return Optional.empty();
        }
        String tid = text(claims, "tid");
        String iss = text(claims, "iss");
        if (!GUID.matcher(tid).matches()) {
            return Optional.empty();
        }
        if (iss.equals(trim(config.authority()) + "/" + tid + "/v2.0")) {
            return Optional.of(new TokenIssuer(tid.toLowerCase(), false, iss));
        }
        if (iss.equals(trim(config.v1Authority()) + "/" + tid + "/")) {
            return Optional.of(new TokenIssuer(tid.toLowerCase(), true, iss));
        }
        return Optional.empty();
    }

    /** Where this tenant's OpenID Connect discovery document lives (v1 and v2 have their own). */
    public String discoveryBase(SignInConfig config) {
        return trim(config.authority()) + "/" + tenantId + (v1 ? "" : "/v2.0");
    }

    private static JwtClaims unverifiedClaims(String bearer) {
        if (bearer == null) {
            return null;
        }
        try {
            return UNVERIFIED.processToClaims(bearer);
        } catch (InvalidJwtException notAJwt) {
            return null;
        }
    }

    private static String text(JwtClaims claims, String name) {
        try {
            String value = claims.getStringClaimValue(name);
            return value == null ? "" : value;
        } catch (MalformedClaimException notText) {
            return "";
        }
    }

    private static String trim(String authority) {
        return authority.endsWith("/") ? authority.substring(0, authority.length() - 1) : authority;
    }
}
