package org.partnercenter.commons.caller;

import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs internal tokens (RS256). The gateway signs one per forwarded request; tests sign them with a test
 * key. Short-lived on purpose: a leaked internal token is worth a minute at most.
 */
public final class InternalTokenIssuer {

    private final String issuer;
    private final PrivateKey key;
    private final String keyId;

    public InternalTokenIssuer(String issuer, PrivateKey key, String keyId) {
        this.issuer = issuer;
        this.key = key;
        this.keyId = keyId;
    }

    public String sign(Caller caller, String correlationId, Instant now, Duration lifetime) {
        var claims = Jwt.issuer(issuer)
                .audience(InternalTokenClaims.AUDIENCE)
                .subject(caller.objectId())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim(InternalTokenClaims.PARTNER_TENANT_ID, caller.partnerTenantId().toString())
                .claim(InternalTokenClaims.PARTNER_TYPE, org.partnercenter.commons.json.WireEnums
                        .wireName(caller.partnerType()))
                .claim(InternalTokenClaims.OBJECT_ID, caller.objectId())
                .claim(InternalTokenClaims.IDENTITY_TYPE, caller.application() ? "app" : "user")
                .groups(caller.roles());
        if (caller.userPrincipalName() != null) {
            claims.claim(InternalTokenClaims.USER_PRINCIPAL_NAME, caller.userPrincipalName());
        }
        if (correlationId != null) {
            claims.claim(InternalTokenClaims.CORRELATION_ID, correlationId);
        }
        return claims.jws().keyId(keyId).sign(key);
    }
}
