package org.partnercenter.gateway.internaltoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.InternalTokenClaims;
import org.partnercenter.commons.caller.InternalTokenIssuer;
import org.partnercenter.commons.caller.PartnerType;

class InternalTokenKeysTest {

    private static final String ISSUER = "https://gateway.partner-center.internal";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void shouldVerifyAMintedTokenWithThePublishedJwksWhenTheKeyIsMadeAtStart() throws Exception {
        // given
        InternalTokenKeys keys = new InternalTokenKeys(config(Optional.empty()), LaunchMode.TEST);
        Caller caller = new Caller(UUID.randomUUID(), PartnerType.DIRECT, "oid-1", "ada@contoso.example",
                Set.of("admin_agent"), false);
        String token = new InternalTokenIssuer(ISSUER, keys.privateKey(), keys.keyId())
                .sign(caller, "corr-1", Instant.now(), Duration.ofMinutes(5));

        // when: verified the way a service does, with nothing but the JWKS document
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(
                        new JsonWebKeySet(keys.jwks()).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(InternalTokenClaims.AUDIENCE)
                .setRequireExpirationTime()
                .build()
                .processToClaims(token);

        // then
        assertThat(claims.getStringClaimValue(InternalTokenClaims.PARTNER_TENANT_ID))
                .isEqualTo(caller.partnerTenantId().toString());
        assertThat(claims.getStringClaimValue(InternalTokenClaims.CORRELATION_ID)).isEqualTo("corr-1");
    }

    @Test
    void shouldPublishOnlyThePublicMembersWhenTheJwksIsAsked() throws Exception {
        // given
        InternalTokenKeys keys = new InternalTokenKeys(config(Optional.empty()), LaunchMode.TEST);

        // when
        JsonNode key = JSON.readTree(keys.jwks()).path("keys").path(0);

        // then
        assertThat(key.fieldNames()).toIterable().containsExactlyInAnyOrder("kty", "kid", "use", "alg", "n", "e");
        assertThat(key.path("kty").asText()).isEqualTo("RSA");
        assertThat(key.path("kid").asText()).isEqualTo("gateway-test");
        assertThat(key.path("use").asText()).isEqualTo("sig");
        assertThat(key.path("alg").asText()).isEqualTo("RS256");
    }

    @Test
    void shouldPublishTheConfiguredKeysPublicHalfWhenAKeyFileIsGiven() throws Exception {
        // given: the testing module's key pair, whose public half the services' test configuration trusts
        Path pem = folder.resolve("internal-token-key.pem");
        try (InputStream in = getClass().getResourceAsStream("/partner-center-testing/internal-token-key.pem")) {
            Files.write(pem, in.readAllBytes());
        }
        JsonNode trusted;
        try (InputStream in = getClass().getResourceAsStream("/partner-center-testing/internal-token-jwks.json")) {
            trusted = JSON.readTree(in).path("keys").path(0);
        }

        // when
        InternalTokenKeys keys = new InternalTokenKeys(config(Optional.of(pem.toString())), LaunchMode.NORMAL);
        JsonNode published = JSON.readTree(keys.jwks()).path("keys").path(0);

        // then
        assertThat(published.path("n")).isEqualTo(trusted.path("n"));
        assertThat(published.path("e")).isEqualTo(trusted.path("e"));
    }

    @Test
    void shouldRefuseToMakeAKeyWhenProductionNamesNone() {
        // when, then: replicas with keys of their own would refuse each other's tokens
        assertThatThrownBy(() -> new InternalTokenKeys(config(Optional.empty()), LaunchMode.NORMAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GATEWAY_INTERNAL_TOKEN_PRIVATE_KEY_LOCATION");
    }

    private static InternalTokenConfig config(Optional<String> privateKeyLocation) {
        return new InternalTokenConfig() {
            public String issuer() {
                return ISSUER;
            }

            public Duration lifetime() {
                return Duration.ofMinutes(5);
            }

            public Optional<String> privateKeyLocation() {
                return privateKeyLocation;
            }

            public String keyId() {
                return "gateway-test";
            }
        };
    }
}
