package org.partnercenter.commons.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Describes the failures the HTTP layer raises before our code runs (routing, content negotiation). */
final class HttpErrors {

    private HttpErrors() {
    }

    static ApiException describe(Response original, UriInfo uri) {
        int status = original.getStatus();
        String path = uri == null ? "this path" : "/" + uri.getPath().replaceFirst("^/", "");
        return switch (status) {
            case 404 -> ApiException.notFound("No resource exists at " + path
                    + ". Check the path against the API reference (routes start with /v1).");
            case 405 -> new ApiException(405, ErrorCodes.METHOD_NOT_ALLOWED, "This method is not allowed on "
                    + path + "; allowed: " + allowed(original) + ".");
            case 406 -> new ApiException(406, ErrorCodes.NOT_ACCEPTABLE,
                    "This resource answers application/json: send Accept: application/json.");
            case 415 -> new ApiException(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "This content type is not supported here: send the body as JSON with "
                            + "Content-Type: application/json.");
            case 401 -> new ApiException(401, ErrorCodes.UNAUTHENTICATED,
                    "The request has no valid access token. Send a current bearer token in the Authorization header.");
            case 403 -> ApiException.roleNotAllowed();
            default -> new ApiException(status, status < 500 ? status : ErrorCodes.INTERNAL,
                    status < 500 ? "The request is invalid: " + reason(original) + "."
                            : "The service could not complete the request; retry with the same MS-RequestId.");
        };
    }

    private static String allowed(Response original) {
        String allow = original.getHeaderString("Allow");
        return allow == null || allow.isBlank() ? "see the API reference" : allow;
    }

    private static String reason(Response original) {
        Response.StatusType info = original.getStatusInfo();
        return info == null || info.getReasonPhrase() == null ? "HTTP " + original.getStatus()
                : info.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
    }
}
