package org.partnercenter.idp.signin;

/**
 * A refused authorization request that can be reported to the application, because its client and
 * redirect URI were verified: it goes back to the redirect URI as {@code error} and {@code error_description}.
 */
record AuthorizeFailure(String error, int code, String description) {

    static AuthorizeFailure invalidRequest(int code, String description) {
        return new AuthorizeFailure("invalid_request", code, description);
    }
}
