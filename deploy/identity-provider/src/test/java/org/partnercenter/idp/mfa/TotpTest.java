package org.partnercenter.idp.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.support.MutableClock;

class TotpTest {

    // RFC 6238, appendix B: the SHA-1 key is the ASCII string "12345678901234567890".
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void shouldMatchRfc6238VectorsWhenTruncatedToSixDigits() {
        // given
        MutableClock clock = new MutableClock(Instant.ofEpochSecond(59));
        Totp totp = new Totp(clock);

        // when / then: the RFC's 8-digit codes 94287082 and 07081804, last six digits
        assertThat(totp.verify(RFC_SECRET, "287082")).isTrue();
        clock.advance(Duration.ofSeconds(1111111109 - 59));
        assertThat(totp.verify(RFC_SECRET, "081804")).isTrue();
    }

    @Test
    void shouldAcceptNeighbouringStepsOnlyWhenClocksDrift() {
        // given
        MutableClock clock = new MutableClock(Instant.ofEpochSecond(59));
        Totp totp = new Totp(clock);

        // when / then
        clock.advance(Duration.ofSeconds(30));
        assertThat(totp.verify(RFC_SECRET, "287082")).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(totp.verify(RFC_SECRET, "287082")).isFalse();
        assertThat(totp.verify(RFC_SECRET, "28708")).isFalse();
        assertThat(totp.verify(RFC_SECRET, null)).isFalse();
    }

    @Test
    void shouldRoundTripSecretsWhenEncodedInBase32() {
        // given
        Totp totp = new Totp(new MutableClock(Instant.EPOCH));

        // when
        String secret = totp.newSecret();

        // then
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Base32.encode(Base32.decode(secret.toLowerCase()))).isEqualTo(secret);
    }
}
