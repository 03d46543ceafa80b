package org.partnercenter.gateway.signin;

import io.vertx.core.http.HttpServerRequest;
import java.util.Optional;

/** The bearer token of a request's {@code Authorization} header, if it has one. */
public final class BearerTokens {

    private BearerTokens() {
    }

    public static Optional<String> of(HttpServerRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
