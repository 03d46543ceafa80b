package org.partnercenter.idp.error;

/**
 * The token endpoint's errors for interactive sign-in (authorization codes and refresh tokens), with
 * Azure AD's codes, so that an SPA library handles them as it would against Azure AD.
 */
public final class SignInErrors {

    private static final int BAD_REQUEST = 400;
    private static final String INVALID_GRANT = "invalid_grant";

    private SignInErrors() {
    }

    public static AadException codeUnknown() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 9002313,
                "Invalid request. The provided value for the 'code' parameter is not valid: this provider did not "
                        + "issue it, or has restarted since (codes are kept in memory). Sign in again.");
    }

    public static AadException codeRedeemed() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 54005,
                "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an "
                        + "existing refresh token.");
    }

    public static AadException codeExpired() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 70008,
                "The provided authorization code or refresh token has expired due to inactivity. Send a new "
                        + "interactive authorization request for this user and resource.");
    }

    public static AadException codeIssuedToAnother(String what) {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 70000,
                "The provided authorization code was issued for another " + what
                        + ". Redeem it with the same client_id and redirect_uri as the authorization request.");
    }

    public static AadException codeOfAnotherTenant() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 700005,
                "Provided Authorization Code is intended to use against other tenant, thus rejected. Redeem it at "
                        + "the authority it was issued by, or at 'organizations'.");
    }

    public static AadException verifierMismatch() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 501481,
                "The Code_Verifier does not match the code_challenge supplied in the authorization request.");
    }

    public static AadException refreshTokenUnknown() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 9002313,
                "Invalid request. The refresh token is not valid: this provider did not issue it, it was revoked "
                        + "by a sign-out, or the provider has restarted since (refresh tokens are kept in memory).");
    }

    public static AadException refreshTokenUsed() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 70008,
                "The refresh token was already redeemed. Refresh tokens are single use here: keep the one each "
                        + "answer returns. Every token of this sign-in is now revoked; sign in again.");
    }

    public static AadException refreshTokenExpired() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 700084,
                "The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited "
                        + "lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in "
                        + "request must be sent by the SPA to the sign in page.");
    }

    public static AadException refreshTokenOfAnotherClient(String clientId) {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 70000,
                "The refresh token was issued to another client than '" + clientId + "'.");
    }

    public static AadException refreshTokenOfAnotherTenant() {
        return new AadException(BAD_REQUEST, INVALID_GRANT, 700005,
                "The refresh token was issued by another tenant's authority and is now used up. Redeem refresh "
                        + "tokens at the authority that issued them, or at 'organizations'; sign in again.");
    }
}
