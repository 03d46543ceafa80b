package org.partnercenter.cli.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code exp} of a JWT, read without checking the signature: only to know when a token given to login stops
 * working (the gateway checks signatures; the CLI never trusts a claim for anything else).
 */
final class JwtExpiry {

    private JwtExpiry() {
    }

    static Optional<Long> of(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims.path("exp").canConvertToLong() ? Optional.of(claims.path("exp").asLong()) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty(); // opaque token: no expiry known, the API will say when it stops working
        }
    }
}
