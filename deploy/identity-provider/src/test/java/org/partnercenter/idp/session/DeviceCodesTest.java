package org.partnercenter.idp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.error.AadException;
import org.partnercenter.idp.support.MutableClock;

/** How long device codes wait and how often they may be polled, on a clock the test moves by hand. */
class DeviceCodesTest {

    private static final Instant ASKED = Instant.parse("2026-12-07T10:00:00Z");
    private static final String SCOPE = "https://api.partnercenter.microsoft.com/.default offline_access";

    private final MutableClock clock = new MutableClock(ASKED);
    private final DeviceCodes deviceCodes = new DeviceCodes(new RefreshTokens(clock), clock);
    private final SignInSession session = new SignInSession("sid-1", "tenant-1", "user-1", "ada@contoso.example",
            "ada", "client-1", false, ASKED);

    @Test
    void shouldAnswerExpiredTokenAndStopWaitingWhenFifteenMinutesHavePassed() {
        // given
        DeviceAuthorization device = deviceCodes.open("organizations", "client-1", "CLI", SCOPE);
        clock.advance(Duration.ofMinutes(15));

        // when / then
        assertThat(deviceCodes.waitingFor(device.userCode())).isEmpty();
        assertThat(deviceCodes.approve(device.deviceCode(), session)).isFalse();
        assertRefused(() -> deviceCodes.redeem(device.deviceCode(), "client-1"), "expired_token", 70020);
    }

    @Test
    void shouldRedeemApprovedCodeWhenItIsAlmostFifteenMinutesOld() {
        // given
        DeviceAuthorization device = deviceCodes.open("organizations", "client-1", "CLI", SCOPE);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        deviceCodes.approve(device.deviceCode(), session);

        // when / then
        assertThat(deviceCodes.redeem(device.deviceCode(), "client-1").session()).isEqualTo(session);
    }

    @Test
    void shouldAnswerPendingWhenPolledAfterTheIntervalAndSlowDownWhenSooner() {
        // given
        DeviceAuthorization device = deviceCodes.open("organizations", "client-1", "CLI", SCOPE);
        assertRefused(() -> deviceCodes.redeem(device.deviceCode(), "client-1"), "authorization_pending", 70016);

        // when / then
        clock.advance(Duration.ofSeconds(4));
        assertRefused(() -> deviceCodes.redeem(device.deviceCode(), "client-1"), "slow_down", null);
        clock.advance(Duration.ofSeconds(5));
        assertRefused(() -> deviceCodes.redeem(device.deviceCode(), "client-1"), "authorization_pending", 70016);
    }

    @Test
    void shouldFindWaitingDeviceWhenCodeIsTypedInLowerCaseWithSpaces() {
        // given
        DeviceAuthorization device = deviceCodes.open("organizations", "client-1", "CLI", SCOPE);

        // when
        String typed = " " + device.userCode().replace("-", " ").toLowerCase() + " ";

        // then
        assertThat(device.userCode()).matches("[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}");
        assertThat(deviceCodes.waitingFor(typed)).map(DeviceAuthorization::deviceCode).contains(device.deviceCode());
        assertThat(deviceCodes.waitingFor("BCDF-GHJK-X")).isEmpty();
    }

    @Test
    void shouldForgetDeviceCodeWhenItEndedFifteenMinutesBeforeTheLastPoll() {
        // given
        DeviceAuthorization device = deviceCodes.open("organizations", "client-1", "CLI", SCOPE);
        clock.advance(Duration.ofMinutes(31));

        // when / then
        assertRefused(() -> deviceCodes.redeem(device.deviceCode(), "client-1"), "invalid_grant", 7000014);
    }

    @Test
    void shouldNotApproveDeviceWhenUserDeclinedIt() {
        // given
        DeviceAuthorization device = deviceCodes.open("organizations", "client-1", "CLI", SCOPE);
        deviceCodes.decline(device.deviceCode());

        // when / then
        assertThat(deviceCodes.approve(device.deviceCode(), session)).isFalse();
        assertRefused(() -> deviceCodes.redeem(device.deviceCode(), "client-1"), "authorization_declined", null);
    }

    private static void assertRefused(ThrowingCallable poll, String error, Integer code) {
        assertThatThrownBy(poll).isInstanceOfSatisfying(AadException.class, refused -> {
            assertThat(refused.error()).isEqualTo(error);
            assertThat(refused.aadstsCode()).isEqualTo(code);
        });
    }
}
