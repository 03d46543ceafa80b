package org.partnercenter.idp.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.partnercenter.idp.config.IdpConfig;
import org.partnercenter.idp.key.SigningKeyring;

/** Writes and signs access tokens with the claims Azure AD puts in its v1 and v2 tokens. */
@ApplicationScoped
public class AccessTokenMinter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKeyring keyring;
    private final IdpConfig config;
    private final Clock clock;

    AccessTokenMinter(SigningKeyring keyring, IdpConfig config, Clock clock) {
        this.keyring = keyring;
        this.config = config;
        this.clock = clock;
    }

    IssuedToken mint(TokenFormat format, Grant grant, DevelopmentOptions options) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant validFrom = now.plus(options.notBeforeDelay());
        Instant expires = validFrom.plus(options.lifetime());
        // An already expired token should look like an ordinary token that has aged, not one that
        // expired before it was issued.
        Instant issued = options.lifetime().isNegative() ? expires.minus(config.tokenLifetime()) : now;
        String tokenId = newTokenId();

        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer(format, grant.tenantId()))
                .audience(grant.resource().audience())
                .issueTime(Date.from(issued))
                .notBeforeTime(Date.from(options.notBeforeDelay().isZero() ? issued : validFrom))
                .expirationTime(Date.from(expires))
                .subject(grant.objectId())
                .jwtID(tokenId)
                .claim("uti", tokenId)
                .claim("tid", grant.tenantId())
                .claim("oid", grant.objectId())
                .claim("idtyp", grant.isAppOnly() ? "app" : "user")
                .claim("ver", format.version());
        clientClaims(claims, format, grant);
        if (grant.isAppOnly()) {
            claims.claim("roles", grant.roles());
        } else {
            userClaims(claims, format, grant, options);
        }
        return new IssuedToken(sign(claims.build()), format, grant, issued, expires,
                Math.max(0, Duration.between(now, expires).toSeconds()));
    }

    private String issuer(TokenFormat format, String tenantId) {
        return format == TokenFormat.V2
                ? config.authorityBase() + "/" + tenantId + "/v2.0"
                : config.v1AuthorityBase() + "/" + tenantId + "/";
    }

    // v1 tokens name the client appid/appidacr, v2 tokens azp/azpacr; "1" means it proved itself with a secret.
    private static void clientClaims(JWTClaimsSet.Builder claims, TokenFormat format, Grant grant) {
        String authentication = grant.clientAuthenticated() ? "1" : "0";
        if (format == TokenFormat.V2) {
            claims.claim("azp", grant.clientId()).claim("azpacr", authentication);
        } else {
            claims.claim("appid", grant.clientId()).claim("appidacr", authentication);
        }
    }

    private static void userClaims(JWTClaimsSet.Builder claims, TokenFormat format, Grant grant,
                                   DevelopmentOptions options) {
        claims.claim("upn", grant.userPrincipalName())
                .claim(format == TokenFormat.V2 ? "preferred_username" : "unique_name", grant.userPrincipalName())
                .claim("scp", grant.resource().delegatedScopes())
                .claim("amr", options.mfa() ? List.of("pwd", "mfa") : List.of("pwd"));
    }

    private String sign(JWTClaimsSet claims) {
        RSAKey key = keyring.current();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build();
        SignedJWT token = new SignedJWT(header, claims);
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException failed) {
            throw new IllegalStateException("Cannot sign with key " + key.getKeyID(), failed);
        }
        return token.serialize();
    }

    // Azure AD's uti is a short URL-safe random string; the same value serves as jti for JWT libraries.
    private static String newTokenId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
