package org.partnercenter.testing;

import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.InternalTokenIssuer;
import org.partnercenter.commons.caller.PartnerType;

/**
 * Internal tokens for tests, signed with a test-only key, as the gateway signs them in production. The key
 * pair lives in this module's resources and is trusted only by test configurations.
 */
public final class TestTokens {

    public static final String ISSUER = "https://gateway.partner-center.test";
    static final String JWKS_LOCATION = "classpath:partner-center-testing/internal-token-jwks.json";
    static final String KEY_ID = "partner-center-test-key";

    /** The services check a token's times against the system clock (not the adjustable one): so are these dated. */
    private static final Clock SYSTEM_TIME = Clock.systemUTC();

    private static final InternalTokenIssuer SIGNER = new InternalTokenIssuer(ISSUER, testKey(), KEY_ID);

    private TestTokens() {
    }

    /** A bearer token for a user of the given partner with the given roles. */
    public static String user(UUID partnerTenantId, PartnerType type, String... roles) {
        return sign(new Caller(partnerTenantId, type, UUID.randomUUID().toString(), "user@test.example",
                Set.of(roles), false));
    }

    public static String sign(Caller caller) {
        return SIGNER.sign(caller, UUID.randomUUID().toString(), SYSTEM_TIME.instant(), Duration.ofMinutes(5));
    }

    /** Signed by the test key but already expired: services must refuse it. */
    public static String expired(Caller caller) {
        return SIGNER.sign(caller, null, SYSTEM_TIME.instant().minus(Duration.ofHours(2)), Duration.ofMinutes(5));
    }

    /** Signed by the test key with the given lifetime, from now. */
    public static String withLifetime(Caller caller, Duration lifetime) {
        return SIGNER.sign(caller, null, SYSTEM_TIME.instant(), lifetime);
    }

    /** Everything right but the signer: a key the services do not trust. */
    public static String signedByStranger(Caller caller) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new InternalTokenIssuer(ISSUER, generator.generateKeyPair().getPrivate(), KEY_ID)
                    .sign(caller, null, SYSTEM_TIME.instant(), Duration.ofMinutes(5));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed by the trusted key but naming another issuer. */
    public static String fromIssuer(String issuer, Caller caller) {
        return new InternalTokenIssuer(issuer, testKey(), KEY_ID)
                .sign(caller, null, SYSTEM_TIME.instant(), Duration.ofMinutes(5));
    }

    private static PrivateKey testKey() {
        try (InputStream pem = TestTokens.class.getResourceAsStream("/partner-center-testing/internal-token-key.pem")) {
            return KeyUtils.decodePrivateKey(new String(pem.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("test signing key missing", e);
        }
    }
}
