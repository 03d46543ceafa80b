package org.partnercenter.idp.session;

import java.time.Instant;

/**
 * A device waiting for its user: what its device code and user code stand for, and how far the user got.
 *
 * @param userCode the code the user types, as shown ({@code WDJB-MJHT})
 * @param tenantSegment the authority it was asked at: a tenant id, {@code organizations} or {@code common}
 * @param clientName the application's display name, shown on the pages
 * @param lastPolledAt the previous poll of the token endpoint, null before the first
 * @param session the user's sign-in once approved, null before
 * @param declined whether the user cancelled on the device login page
 */
public record DeviceAuthorization(
        String deviceCode,
        String userCode,
        String tenantSegment,
        String clientId,
        String clientName,
        String scope,
        Instant expiresAt,
        Instant lastPolledAt,
        SignInSession session,
        boolean declined) {

    public boolean isWaiting(Instant now) {
        return session == null && !declined && now.isBefore(expiresAt);
    }

    DeviceAuthorization polledAt(Instant now) {
        return new DeviceAuthorization(deviceCode, userCode, tenantSegment, clientId, clientName, scope, expiresAt,
                now, session, declined);
    }

    DeviceAuthorization approvedBy(SignInSession signIn) {
        return new DeviceAuthorization(deviceCode, userCode, tenantSegment, clientId, clientName, scope, expiresAt,
                lastPolledAt, signIn, false);
    }

    DeviceAuthorization declinedByUser() {
        return new DeviceAuthorization(deviceCode, userCode, tenantSegment, clientId, clientName, scope, expiresAt,
                lastPolledAt, null, true);
    }
}
