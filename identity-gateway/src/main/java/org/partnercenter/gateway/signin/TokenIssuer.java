package org.partnercenter.gateway.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which Azure AD tenant and token version a bearer token claims to come from, read from its unverified
 * payload only to choose the tenant's keys: the signature check against that tenant's JWKS, with the
 * issuer pinned to this value, is what makes the claim true. The issuer must be one of Azure AD's two
 * forms for the token's own {@code tid}.
 */
public record TokenIssuer(String tenantId, boolean v1, String issuer) {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tenant and version of the token, or empty if it is not a JWT from an accepted issuer. */
    public static Optional<TokenIssuer> of(String bearer, SignInConfig config) {
        JsonNode payload = payload(bearer);
        if (payload == null) {
            return Optional.empty();
        }
        String tid = payload.path("tid").asText("");
        String iss = payload.path("iss").asText("");
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

    private static JsonNode payload(String bearer) {
        String[] parts = bearer == null ? new String[0] : bearer.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (Exception e) {
            return null;
        }
    }

    private static String trim(String authority) {
        return authority.endsWith("/") ? authority.substring(0, authority.length() - 1) : authority;
    }
}
