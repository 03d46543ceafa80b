package org.partnercenter.gateway.throttling;

import java.util.List;

/**
 * The 429 body: our error shape, plus the real API's throttling fields ({@code statusCode}, {@code message}),
 * which clients written against it read.
 */
public record ThrottledError(int code, String description, List<String> data, String source, int statusCode,
        String message) {

    public static ThrottledError of(long retryAfterSeconds, String source) {
        String message = "Rate limit is exceeded. Try again in " + retryAfterSeconds + " seconds.";
        return new ThrottledError(429, message + " Spread requests out, and honour Retry-After.", List.of(),
                source, 429, message);
    }
}
