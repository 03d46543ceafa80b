package org.partnercenter.idp.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jose4j.jwk.JsonWebKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercenter.idp.directory.DirectoryFile;
import org.partnercenter.idp.directory.DirectoryStore;
import org.partnercenter.idp.support.MutableClock;

class SigningKeyringTest {

    private static final Duration RETIREMENT = Duration.ofHours(24);

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private SigningKeyring keyring;

    @BeforeEach
    void openKeyring() {
        keyring = open();
    }

    @Test
    void shouldCreateOneKeyWhenDirectoryIsNew() {
        // when
        keyring.ensureKey();

        // then
        assertThat(keyring.published().getJsonWebKeys()).extracting(JsonWebKey::getKeyId).containsExactly(keyring.current().getKeyId());
        assertThat(keyring.current().getPrivateKey()).isNotNull();
    }

    @Test
    void shouldKeepTheSameKeyWhenRestarted() {
        // given
        keyring.ensureKey();
        String kid = keyring.current().getKeyId();

        // when
        SigningKeyring restarted = open();
        restarted.ensureKey();

        // then
        assertThat(restarted.current().getKeyId()).isEqualTo(kid);
    }

    @Test
    void shouldPublishSupersededKeyUntilRetirementWhenRotated() {
        // given
        keyring.ensureKey();
        String old = keyring.current().getKeyId();

        // when
        String fresh = keyring.rotate().kid();
        clock.advance(RETIREMENT.minusSeconds(1));

        // then
        assertThat(keyring.current().getKeyId()).isEqualTo(fresh);
        assertThat(keyring.published().getJsonWebKeys()).extracting(JsonWebKey::getKeyId).containsExactly(fresh, old);
    }

    @Test
    void shouldStopPublishingSupersededKeyWhenRetirementPeriodHasPassed() {
        // given
        keyring.ensureKey();
        String fresh = keyring.rotate().kid();

        // when
        clock.advance(RETIREMENT);

        // then
        assertThat(keyring.published().getJsonWebKeys()).extracting(JsonWebKey::getKeyId).containsExactly(fresh);
    }

    @Test
    void shouldDropRetiredKeysFromTheFileWhenRotatingAgain() {
        // given
        keyring.ensureKey();
        String second = keyring.rotate().kid();
        clock.advance(RETIREMENT.plusHours(1));

        // when
        String third = keyring.rotate().kid();

        // then
        assertThat(open().published().getJsonWebKeys()).extracting(JsonWebKey::getKeyId).containsExactly(third, second);
    }

    private SigningKeyring open() {
        return new SigningKeyring(new DirectoryStore(new DirectoryFile(folder.resolve("directory.json"))), RETIREMENT, clock);
    }
}
