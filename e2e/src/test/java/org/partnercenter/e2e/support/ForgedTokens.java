package org.partnercenter.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens an attacker could write: every claim of a good token for a real partner user, signed RS256 by a
 * key of the attacker's own, which the identity provider's JWKS does not publish.
 */
public final class ForgedTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    public static String signedByAnUnknownKey(IdentityProvider provider, TestUser user) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", provider.authority() + "/" + user.tenantId() + "/v2.0");
        claims.put("aud", provider.audience());
        claims.put("tid", user.tenantId());
        claims.put("oid", user.objectId());
        claims.put("sub", user.objectId());
        claims.put("upn", user.userPrincipalName());
        claims.put("idtyp", "user");
        claims.put("scp", "user_impersonation");
        claims.put("amr", List.of("pwd", "mfa"));
        claims.put("ver", "2.0");
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        try {
            String signingInput = part(Map.of("alg", "RS256", "typ", "JWT", "kid", "forged-key")) + "." + part(claims);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair attackersKey = generator.generateKeyPair();
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(attackersKey.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("every Java 17 runtime signs RS256", e);
        }
    }

    private static String part(Map<String, Object> json) throws JsonProcessingException {
        return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
    }
}
