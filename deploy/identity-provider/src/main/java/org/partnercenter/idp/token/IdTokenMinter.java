package org.partnercenter.idp.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.partnercenter.idp.config.IdpConfig;
import org.partnercenter.idp.key.TokenSigner;
import org.partnercenter.idp.session.SignInSession;

/**
 * Writes v2 ID tokens: who signed in, for the client ({@code aud}), in the user's tenant's issuer, signed
 * with the same keys as access tokens. {@code sid} names the sign-in, which end_session revokes.
 */
@ApplicationScoped
public class IdTokenMinter {

    private final TokenSigner signer;
    private final IdpConfig config;
    private final Clock clock;

    IdTokenMinter(TokenSigner signer, IdpConfig config, Clock clock) {
        this.signer = signer;
        this.config = config;
        this.clock = clock;
    }

    /** {@code nonce} is the authorization request's, echoed in the ID token of its code only. */
    String mint(SignInSession session, String nonce) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.authorityBase() + "/" + session.tenantId() + "/v2.0");
        claims.setAudience(session.clientId());
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setNotBefore(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(config.tokenLifetime()).getEpochSecond()));
        claims.setSubject(session.userId());
        if (nonce != null) {
            claims.setClaim("nonce", nonce);
        }
        claims.setClaim("oid", session.userId());
        claims.setClaim("tid", session.tenantId());
        claims.setClaim("preferred_username", session.userPrincipalName());
        claims.setClaim("name", session.displayName());
        claims.setClaim("sid", session.sid());
        claims.setClaim("uti", UUID.randomUUID().toString());
        claims.setClaim("ver", "2.0");
        return signer.sign(claims);
    }
}
