package org.partnercenter.commons.error;

/**
 * Numeric error codes. Where the real Partner Center API has a code for a condition we reuse it; for
 * generic conditions the code is the HTTP status.
 */
public final class ErrorCodes {

    public static final int INVALID_INPUT = 400;
    public static final int UNAUTHENTICATED = 401;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int METHOD_NOT_ALLOWED = 405;
    public static final int NOT_ACCEPTABLE = 406;
    public static final int CONFLICT = 409;
    public static final int PAYLOAD_TOO_LARGE = 413;
    public static final int URI_TOO_LONG = 414;
    public static final int UNSUPPORTED_MEDIA_TYPE = 415;
    public static final int HEADERS_TOO_LARGE = 431;
    public static final int INTERNAL = 500;
    public static final int SERVICE_UNAVAILABLE = 503;
    /** The real API answers a stale {@code If-Match} with 400/2055 so that SDKs do not retry it. */
    public static final int ETAG_NO_LONGER_VALID = 2055;
    /** "The supplied role does not have the rights to perform the requested operation." */
    public static final int ROLE_NOT_ALLOWED = 900150;
    /** An app+user token without {@code mfa} in {@code amr}, for a partner that requires MFA. */
    public static final int MFA_REQUIRED = 900421;

    private ErrorCodes() {
    }
}
