package org.partnercenter.commons.error;

import java.util.List;

/**
 * A failure that the caller caused or must know about, answered in the {@link ApiError} shape. Thrown by
 * services; the exception mappers turn it into the response, so resources never build error bodies.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final int code;
    private final List<String> data;

    public ApiException(int status, int code, String description, List<String> data) {
        super(description, null, false, false);
        this.status = status;
        this.code = code;
        this.data = data == null ? List.of() : List.copyOf(data);
    }

    public ApiException(int status, int code, String description) {
        this(status, code, description, List.of());
    }

    public static ApiException badRequest(String description, List<String> data) {
        return new ApiException(400, ErrorCodes.INVALID_INPUT, description, data);
    }

    public static ApiException badRequest(String description) {
        return badRequest(description, List.of());
    }

    /** Also the answer for anything outside the caller's scope: never reveal that it exists. */
    public static ApiException notFound(String description) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, description);
    }

    public static ApiException conflict(String description) {
        return new ApiException(409, ErrorCodes.CONFLICT, description);
    }

    public static ApiException forbidden(int code, String description) {
        return new ApiException(403, code, description);
    }

    public static ApiException roleNotAllowed() {
        return forbidden(ErrorCodes.ROLE_NOT_ALLOWED,
                "The supplied role does not have the rights to perform the requested operation.");
    }

    public static ApiException staleEtag() {
        return new ApiException(400, ErrorCodes.ETAG_NO_LONGER_VALID,
                "Etag is no longer valid: read the resource again and retry with its current etag in If-Match.");
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    public List<String> data() {
        return data;
    }

    public ApiError toError(String source) {
        return new ApiError(code, getMessage(), data, source);
    }
}
