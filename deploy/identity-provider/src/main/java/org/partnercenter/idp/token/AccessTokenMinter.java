package org.partnercenter.idp.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.partnercenter.idp.config.IdpConfig;
import org.partnercenter.idp.key.TokenSigner;

/** Writes and signs access tokens with the claims Azure AD puts in its v1 and v2 tokens. */
@ApplicationScoped
public class AccessTokenMinter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenSigner signer;
    private final IdpConfig config;
    private final Clock clock;

    AccessTokenMinter(TokenSigner signer, IdpConfig config, Clock clock) {
        this.signer = signer;
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

        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer(format, grant.tenantId()));
        claims.setAudience(grant.resource().audience());
        claims.setIssuedAt(seconds(issued));
        claims.setNotBefore(seconds(options.notBeforeDelay().isZero() ? issued : validFrom));
        claims.setExpirationTime(seconds(expires));
        claims.setSubject(grant.objectId());
        claims.setJwtId(tokenId);
        claims.setClaim("uti", tokenId);
        claims.setClaim("tid", grant.tenantId());
        claims.setClaim("oid", grant.objectId());
        claims.setClaim("idtyp", grant.isAppOnly() ? "app" : "user");
        claims.setClaim("ver", format.version());
        clientClaims(claims, format, grant);
        if (grant.isAppOnly()) {
            claims.setClaim("roles", grant.roles());
        } else {
            userClaims(claims, format, grant, options);
        }
        return new IssuedToken(signer.sign(claims), format, grant, issued, expires,
                Math.max(0, Duration.between(now, expires).toSeconds()), null, null);
    }

    String issuer(TokenFormat format, String tenantId) {
        return format == TokenFormat.V2
                ? config.authorityBase() + "/" + tenantId + "/v2.0"
                : config.v1AuthorityBase() + "/" + tenantId + "/";
    }

    // v1 tokens name the client appid/appidacr, v2 tokens azp/azpacr; "1" means it proved itself with a secret.
    private static void clientClaims(JwtClaims claims, TokenFormat format, Grant grant) {
        String authentication = grant.clientAuthenticated() ? "1" : "0";
        claims.setClaim(format == TokenFormat.V2 ? "azp" : "appid", grant.clientId());
        claims.setClaim(format == TokenFormat.V2 ? "azpacr" : "appidacr", authentication);
    }

    private static void userClaims(JwtClaims claims, TokenFormat format, Grant grant, DevelopmentOptions options) {
        claims.setClaim("upn", grant.userPrincipalName());
        claims.setClaim(format == TokenFormat.V2 ? "preferred_username" : "unique_name", grant.userPrincipalName());
        claims.setClaim("scp", grant.resource().delegatedScopes());
        claims.setStringListClaim("amr", options.mfa() ? List.of("pwd", "mfa") : List.of("pwd"));
    }

    private static NumericDate seconds(Instant instant) {
        return NumericDate.fromSeconds(instant.getEpochSecond());
    }

    // Azure AD's uti is a short URL-safe random string; the same value serves as jti for JWT libraries.
    private static String newTokenId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
