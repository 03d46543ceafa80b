package org.partnercenter.idp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.error.AadException;
import org.partnercenter.idp.support.MutableClock;

/** How long codes and refresh tokens last, on a clock the test moves by hand. */
class SignInGrantsExpiryTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-07T10:00:00Z");

    private final MutableClock clock = new MutableClock(SIGNED_IN);
    private final RefreshTokens refreshTokens = new RefreshTokens(clock);
    private final AuthorizationCodes codes = new AuthorizationCodes(refreshTokens, clock);
    private final SignInSession session = new SignInSession("sid-1", "tenant-1", "user-1", "ada@contoso.example", "ada",
            "client-1", false, SIGNED_IN);

    @Test
    void shouldRefuseCodeWithAadsts70008WhenTenMinutesHavePassed() {
        // given
        String code = codes.issue(session, "http://127.0.0.1:8080/", "challenge", "nonce", "openid");
        clock.advance(Duration.ofMinutes(10));

        // when / then
        assertThatThrownBy(() -> codes.redeem(code)).isInstanceOfSatisfying(AadException.class,
                refused -> assertThat(refused.aadstsCode()).isEqualTo(70008));
    }

    @Test
    void shouldRedeemCodeWhenItIsAlmostTenMinutesOld() {
        // given
        String code = codes.issue(session, "http://127.0.0.1:8080/", "challenge", "nonce", "openid");
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));

        // when / then
        assertThat(codes.redeem(code).session()).isEqualTo(session);
    }

    @Test
    void shouldEndRotatedRefreshTokensTwentyFourHoursAfterSignInWhenTheyAreRefreshedMeanwhile() {
        // given: rotated an hour in, so the successor is younger than the sign-in
        String first = refreshTokens.issue(session, "openid offline_access");
        clock.advance(Duration.ofHours(1));
        String successor = refreshTokens.rotate(refreshTokens.redeem(first, "client-1"), "openid offline_access");
        clock.advance(Duration.ofHours(23));

        // when / then
        assertThatThrownBy(() -> refreshTokens.redeem(successor, "client-1")).isInstanceOfSatisfying(
                AadException.class, refused -> assertThat(refused.aadstsCode()).isEqualTo(700084));
    }

    @Test
    void shouldRevokeEveryRefreshTokenOfTheSignInWhenSessionIsEnded() {
        // given
        String token = refreshTokens.issue(session, "openid offline_access");
        String otherSignIn = refreshTokens.issue(new SignInSession("sid-2", "tenant-1", "user-1", "ada@contoso.example",
                "ada", "client-1", false, SIGNED_IN), "openid offline_access");

        // when
        refreshTokens.revokeSession("sid-1");

        // then
        assertThatThrownBy(() -> refreshTokens.redeem(token, "client-1")).isInstanceOf(AadException.class);
        assertThat(refreshTokens.redeem(otherSignIn, "client-1").session().sid()).isEqualTo("sid-2");
    }
}
