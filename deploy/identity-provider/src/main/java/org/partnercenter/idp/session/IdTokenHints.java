package org.partnercenter.idp.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.partnercenter.idp.config.IdpConfig;
import org.partnercenter.idp.key.SigningKeyring;

/**
 * Reads the {@code id_token_hint} of a sign-out. Its signature must verify with a published key and its
 * issuer must be one of this provider's, or it is ignored; it may have expired, as an SPA often signs
 * out with an ID token older than an hour.
 */
@ApplicationScoped
class IdTokenHints {

    private final SigningKeyring keyring;
    private final IdpConfig config;

    IdTokenHints(SigningKeyring keyring, IdpConfig config) {
        this.keyring = keyring;
        this.config = config;
    }

    /** The sign-in ({@code sid}) and client ({@code aud}) the hint names, if it is genuine. */
    Optional<Hint> read(String idTokenHint) {
        if (idTokenHint == null) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(keyring.published().getJsonWebKeys()))
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setSkipDefaultAudienceValidation()
                    .setRequireSubject()
                    .setSkipAllDefaultValidators()
                    .build()
                    .processToClaims(idTokenHint);
            String issuer = claims.getIssuer();
            if (issuer == null || !issuer.startsWith(config.authorityBase() + "/") || claims.getAudience().size() != 1) {
                return Optional.empty();
            }
            return Optional.of(new Hint(claims.getStringClaimValue("sid"), claims.getAudience().get(0)));
        } catch (InvalidJwtException | MalformedClaimException notGenuine) {
            return Optional.empty();
        }
    }

    record Hint(String sid, String clientId) {
    }
}
