package org.partnercenter.idp.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.partnercenter.idp.error.DeviceCodeErrors;

/**
 * The device authorizations of the device code flow (RFC 8628), in memory only like authorization codes:
 * valid 15 minutes and polled every 5 seconds, as Azure AD's are. A device code is redeemed once; ended
 * ones are remembered for another 15 minutes, so that late polls hear {@code expired_token} or a reuse is
 * told apart from a made-up code. Few devices wait at once here: one lock keeps each change whole.
 */
@ApplicationScoped
public class DeviceCodes {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final Duration INTERVAL = Duration.ofSeconds(5);

    private final Map<String, DeviceAuthorization> byDeviceCode = new HashMap<>();
    private final Map<String, DeviceAuthorization> redeemed = new HashMap<>();
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    DeviceCodes(RefreshTokens refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    public synchronized DeviceAuthorization open(String tenantSegment, String clientId, String clientName, String scope) {
        Instant now = clock.instant();
        forgetEnded(now);
        String userCode;
        do {
            userCode = UserCodes.newCode();
        } while (waitingFor(userCode).isPresent());
        DeviceAuthorization opened = new DeviceAuthorization(UserCodes.newDeviceCode(), userCode, tenantSegment,
                clientId, clientName, scope, now.plus(LIFETIME), null, null, false);
        byDeviceCode.put(opened.deviceCode(), opened);
        return opened;
    }

    /** The device still waiting for the code a user typed, in any case, with or without its hyphen. */
    public synchronized Optional<DeviceAuthorization> waitingFor(String typedUserCode) {
        String typed = UserCodes.normalised(typedUserCode);
        Instant now = clock.instant();
        return byDeviceCode.values().stream()
                .filter(waiting -> waiting.isWaiting(now))
                .filter(waiting -> UserCodes.normalised(waiting.userCode()).equals(typed))
                .findFirst();
    }

    /** Approves a waiting device for this sign-in; false if it stopped waiting meanwhile (expired, cancelled). */
    public synchronized boolean approve(String deviceCode, SignInSession session) {
        return change(deviceCode, waiting -> waiting.approvedBy(session));
    }

    public synchronized boolean decline(String deviceCode) {
        return change(deviceCode, DeviceAuthorization::declinedByUser);
    }

    /**
     * The approved authorization of a poll, used up by it; otherwise the error the poll is answered with.
     * Redeeming a used code again revokes what its first redemption issued, as for authorization codes.
     */
    public synchronized DeviceAuthorization redeem(String deviceCode, String clientId) {
        Instant now = clock.instant();
        forgetEnded(now);
        DeviceAuthorization found = byDeviceCode.get(deviceCode);
        if (found == null) {
            DeviceAuthorization earlier = redeemed.get(deviceCode);
            if (earlier == null) {
                throw DeviceCodeErrors.unknown();
            }
            refreshTokens.revokeSession(earlier.session().sid());
            throw DeviceCodeErrors.redeemed();
        }
        if (!found.clientId().equals(clientId)) {
            throw DeviceCodeErrors.ofAnotherClient(clientId);
        }
        if (!now.isBefore(found.expiresAt())) {
            throw DeviceCodeErrors.expired();
        }
        if (found.declined()) {
            throw DeviceCodeErrors.declined();
        }
        if (found.session() != null) {
            byDeviceCode.remove(deviceCode);
            redeemed.put(deviceCode, found);
            return found;
        }
        byDeviceCode.put(deviceCode, found.polledAt(now));
        boolean tooSoon = found.lastPolledAt() != null && now.isBefore(found.lastPolledAt().plus(INTERVAL));
        throw tooSoon ? DeviceCodeErrors.slowDown(INTERVAL.toSeconds()) : DeviceCodeErrors.pending();
    }

    private boolean change(String deviceCode, UnaryOperator<DeviceAuthorization> change) {
        DeviceAuthorization found = byDeviceCode.get(deviceCode);
        if (found == null || !found.isWaiting(clock.instant())) {
            return false;
        }
        byDeviceCode.put(deviceCode, change.apply(found));
        return true;
    }

    private void forgetEnded(Instant now) {
        Instant horizon = now.minus(LIFETIME);
        byDeviceCode.values().removeIf(ended -> ended.expiresAt().isBefore(horizon));
        redeemed.values().removeIf(ended -> ended.expiresAt().isBefore(horizon));
    }
}
