package org.partnercenter.idp.error;

/**
 * The device code flow's errors, with Azure AD's names and codes where Azure AD documents them, so that a
 * polling client keeps polling on {@code authorization_pending} and {@code slow_down} and stops on the rest.
 */
public final class DeviceCodeErrors {

    private static final int BAD_REQUEST = 400;
    private static final String INVALID_GRANT = "invalid_grant";

    private DeviceCodeErrors() {
    }

    public static AadException notPublicClient(String clientId) {
        return new AadException(401, "invalid_client", 7000218, "The request body must contain the following "
                + "parameter: 'client_assertion' or 'client_secret'. Application '" + clientId + "' is not a public "
                + "client: register it with \"publicClient\": true to sign users in with the device code flow.");
    }

    public static AadException pending() {
        return new AadException(BAD_REQUEST, "authorization_pending", 70016,
                "OAuth 2.0 device flow error. Authorization is pending. Continue polling.");
    }

    // RFC 8628, section 3.5: Azure AD does not say slow_down, but clients that follow the RFC understand it.
    public static AadException slowDown(long intervalSeconds) {
        return new AadException(BAD_REQUEST, "slow_down", null, "Polled again sooner than the interval of "
                + intervalSeconds + " seconds after the previous poll. Authorization is pending; wait longer between "
                + "polls (RFC 8628: add 5 seconds to the interval).");
    }

    public static AadException expired() {
        return new AadException(BAD_REQUEST, "expired_token", 70020, "The provided value for the input parameter "
                + "'device_code' is not valid. This device code has expired. Request a new one.");
    }

    public static AadException declined() {
        return new AadException(BAD_REQUEST, "authorization_declined", null,
                "The end user declined the authorization request on the device login page. Stop polling.");
    }

    public static AadException unknown() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 7000014, "The provided value for the input parameter "
                + "'device_code' is not valid: this provider did not issue it, or has restarted since (device codes "
                + "are kept in memory). Request a new one.");
    }

    public static AadException redeemed() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 70000, "The provided value for the input parameter "
                + "'device_code' is not valid: it was already redeemed. Every token of its sign-in is now revoked.");
    }

    public static AadException ofAnotherClient(String clientId) {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 70000,
                "The device code was issued to another client than '" + clientId + "'. Poll with the client_id that "
                        + "asked for it.");
    }

    public static AadException ofAnotherTenant() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 700005, "The device code was approved by a user of "
                + "another tenant than this token endpoint's, and is now used up. Poll at the authority that issued "
                + "it, or at 'organizations'.");
    }

    /** The development-only approval endpoint: no device waits for this user code. */
    public static AadException userCodeUnknown(String userCode) {
        return new AadException(BAD_REQUEST, "bad_verification_code", null, "No device is waiting for the code '"
                + userCode + "': it is mistyped, has expired (15 minutes), was used already, or was issued before "
                + "the provider restarted.");
    }

    public static AadException userCodeOfAnotherAuthority(String authority) {
        return new AadException(BAD_REQUEST, "invalid_request", null, "The code was requested at the authority '"
                + authority + "'. Approve it there: POST /" + authority + "/oauth2/v2.0/devicecode/approve.");
    }

    public static AadException authenticatorCodeMissing() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 50076, "Due to a configuration change made by your "
                + "administrator, or because you moved to a new location, you must use multi-factor authentication. "
                + "Send the user's current authenticator code as 'otp'.");
    }

    public static AadException authenticatorCodeWrong() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 500121,
                "Authentication failed during strong authentication request: the code in 'otp' is not the "
                        + "authenticator app's current code.");
    }
}
