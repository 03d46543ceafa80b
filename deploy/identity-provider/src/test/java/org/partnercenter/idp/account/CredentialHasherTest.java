package org.partnercenter.idp.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialHasherTest {

    private final CredentialHasher hasher = new CredentialHasher();

    @Test
    void shouldMatchWhenPasswordIsTheSame() {
        // given
        String stored = hasher.hashPassword("correct horse");

        // when / then
        assertThat(hasher.matches(stored, "correct horse")).isTrue();
        assertThat(stored).startsWith("pbkdf2-sha256$" + CredentialHasher.PASSWORD_ITERATIONS + "$");
    }

    @Test
    void shouldNotMatchWhenPasswordDiffers() {
        // given
        String stored = hasher.hashPassword("correct horse");

        // when / then
        assertThat(hasher.matches(stored, "Correct horse")).isFalse();
        assertThat(hasher.matches(stored, null)).isFalse();
    }

    @Test
    void shouldSaltEachHashWhenSamePasswordIsHashedTwice() {
        // when
        String first = hasher.hashPassword("correct horse");
        String second = hasher.hashPassword("correct horse");

        // then
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void shouldMatchGeneratedSecretWhenItIsSentBack() {
        // given
        String secret = hasher.newSecret();

        // when
        String stored = hasher.hashGeneratedSecret(secret);

        // then
        assertThat(hasher.matches(stored, secret)).isTrue();
        assertThat(stored).doesNotContain(secret);
    }
}
