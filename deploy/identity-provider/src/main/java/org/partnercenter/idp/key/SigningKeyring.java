package org.partnercenter.idp.key;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;
import org.partnercenter.idp.config.IdpConfig;
import org.partnercenter.idp.directory.DirectoryStore;
import org.partnercenter.idp.directory.StoredKey;

/**
 * The RSA keys that sign tokens. The newest key signs; a key that a rotation superseded stays
 * published for the retirement period, so that tokens it signed still verify, as Azure AD does.
 */
@ApplicationScoped
public class SigningKeyring {

    private static final int KEY_BITS = 2048;

    private final DirectoryStore store;
    private final Duration retirement;
    private final Clock clock;

    @Inject
    SigningKeyring(DirectoryStore store, IdpConfig config, Clock clock) {
        this(store, config.keyRetirement(), clock);
    }

    public SigningKeyring(DirectoryStore store, Duration retirement, Clock clock) {
        this.store = store;
        this.retirement = retirement;
        this.clock = clock;
    }

    void generateFirstKey(@Observes StartupEvent started) {
        ensureKey();
    }

    /** Gives a new directory its first key; a directory that has keys keeps them. */
    public void ensureKey() {
        store.update(directory -> directory.signingKeys().isEmpty()
                ? directory.withSigningKeys(List.of(newKey(clock.instant())))
                : directory);
    }

    /** Adds a key that signs from now on; retired keys are dropped from the directory at the same time. */
    public StoredKey rotate() {
        Instant now = clock.instant();
        StoredKey fresh = newKey(now);
        store.update(directory -> {
            List<StoredKey> keys = new ArrayList<>();
            for (StoredKey key : directory.signingKeys()) {
                if (!isRetired(key, now)) {
                    keys.add(key.supersededAt() == null ? key.superseded(now) : key);
                }
            }
            keys.add(fresh);
            return directory.withSigningKeys(keys);
        });
        return fresh;
    }

    /** The key that signs new tokens. */
    public RsaJsonWebKey current() {
        List<StoredKey> keys = store.current().signingKeys();
        if (keys.isEmpty()) {
            throw new IllegalStateException("No signing key: ensureKey() runs at startup");
        }
        return parse(keys.get(keys.size() - 1));
    }

    /** The public halves of every key that is not retired, current key first. */
    public JsonWebKeySet published() {
        Instant now = clock.instant();
        List<StoredKey> keys = new ArrayList<>(store.current().signingKeys());
        Collections.reverse(keys);
        return new JsonWebKeySet(keys.stream()
                .filter(key -> !isRetired(key, now))
                .map(key -> publicHalf(parse(key)))
                .toList());
    }

    private boolean isRetired(StoredKey key, Instant now) {
        return key.supersededAt() != null && !now.isBefore(key.supersededAt().plus(retirement));
    }

    // The thumbprint (RFC 7638) as kid, as Azure AD's kids are derived from the key too.
    private static StoredKey newKey(Instant now) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(KEY_BITS);
            key.setUse(Use.SIGNATURE);
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setKeyId(key.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256));
            return new StoredKey(key.getKeyId(), key.toJson(OutputControlLevel.INCLUDE_PRIVATE), now, null);
        } catch (JoseException failed) {
            throw new IllegalStateException("Cannot generate an RSA signing key", failed);
        }
    }

    // Made from the public members only, so that a published key cannot carry a private part by mistake.
    private static JsonWebKey publicHalf(RsaJsonWebKey key) {
        try {
            return PublicJsonWebKey.Factory.newPublicJwk(key.toJson(OutputControlLevel.PUBLIC_ONLY));
        } catch (JoseException failed) {
            throw new IllegalStateException("Cannot copy the public half of key " + key.getKeyId(), failed);
        }
    }

    private static RsaJsonWebKey parse(StoredKey key) {
        try {
            if (JsonWebKey.Factory.newJwk(key.jwk()) instanceof RsaJsonWebKey rsa && rsa.getPrivateKey() != null) {
                return rsa;
            }
        } catch (JoseException corrupt) {
            throw new IllegalStateException("Signing key " + key.kid() + " in the directory file is not a valid JWK", corrupt);
        }
        throw new IllegalStateException("Signing key " + key.kid() + " in the directory file is not an RSA key pair");
    }
}
