package org.partnercenter.idp.directory;

import java.time.Instant;

/**
 * A signing key as stored.
 *
 * @param jwk the RSA key pair as a JWK (private parts included: this file is development-only)
 * @param supersededAt when a newer key took over signing; null for the current key
 */
public record StoredKey(String kid, String jwk, Instant createdAt, Instant supersededAt) {

    public StoredKey superseded(Instant at) {
        return new StoredKey(kid, jwk, createdAt, at);
    }
}
