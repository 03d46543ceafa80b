package org.partnercenter.idp.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    public RSAKey current() {
        List<StoredKey> keys = store.current().signingKeys();
        if (keys.isEmpty()) {
            throw new IllegalStateException("No signing key: ensureKey() runs at startup");
        }
        return parse(keys.get(keys.size() - 1));
    }

    /** The public halves of every key that is not retired, current key first. */
    public JWKSet published() {
        Instant now = clock.instant();
        List<StoredKey> keys = new ArrayList<>(store.current().signingKeys());
        Collections.reverse(keys);
        return new JWKSet(keys.stream()
                .filter(key -> !isRetired(key, now))
                .<JWK>map(key -> parse(key).toPublicJWK())
                .toList());
    }

    private boolean isRetired(StoredKey key, Instant now) {
        return key.supersededAt() != null && !now.isBefore(key.supersededAt().plus(retirement));
    }

    private static StoredKey newKey(Instant now) {
        try {
            RSAKey key = new RSAKeyGenerator(KEY_BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
            return new StoredKey(key.getKeyID(), key.toJSONString(), now, null);
        } catch (JOSEException failed) {
            throw new IllegalStateException("Cannot generate an RSA signing key", failed);
        }
    }

    private static RSAKey parse(StoredKey key) {
        try {
            return RSAKey.parse(key.jwk());
        } catch (ParseException corrupt) {
            throw new IllegalStateException("Signing key " + key.kid() + " in the directory file is not a valid JWK", corrupt);
        }
    }
}
