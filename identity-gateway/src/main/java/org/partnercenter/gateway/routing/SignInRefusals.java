package org.partnercenter.gateway.routing;

import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;

/** The 401s of sign-in, each saying what is wrong with the token and how to get a good one. */
final class SignInRefusals {

    private SignInRefusals() {
    }

    static ApiException missing() {
        return unauthenticated("The request has no access token. Send an Azure AD token for this API in the "
                + "Authorization header: Bearer <token>.");
    }

    static ApiException issuerNotAccepted() {
        return unauthenticated("The access token is not an Azure AD token of this API's issuers, or its issuer "
                + "does not match its tenant (tid). Request a token from your own tenant's authority.");
    }

    /** Quarkus OIDC refused the token; its reason is in the cause chain. */
    static ApiException invalid(Throwable failure) {
        String reasons = causes(failure);
        if (reasons.contains("expir")) {
            return unauthenticated("The access token has expired. Request a new token and retry.");
        }
        if (reasons.contains("audience") || reasons.contains("aud ")) {
            return unauthenticated("The access token was issued for another audience. Request a token for this "
                    + "API's resource (scope {resource}/.default).");
        }
        return unauthenticated("The access token is not valid: its signature, issuer, audience or validity "
                + "period did not verify. Request a new token from your tenant's authority.");
    }

    private static ApiException unauthenticated(String description) {
        return new ApiException(401, ErrorCodes.UNAUTHENTICATED, description);
    }

    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(' ').append(cause.getMessage());
        }
        return text.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
