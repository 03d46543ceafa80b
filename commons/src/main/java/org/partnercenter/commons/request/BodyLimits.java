package org.partnercenter.commons.request;

import io.vertx.core.http.HttpServerRequest;

/**
 * The largest request body a route family accepts. Services read it from configuration
 * ({@link ConfiguredBodyLimits}); the gateway from its route table.
 */
public interface BodyLimits {

    long maxBody(HttpServerRequest request);

    /**
     * Whether this application passes the body on unread (the gateway forwarding to a service): whatever streams
     * it then holds a body without a length to {@link #maxBody}, instead of the request guard reading it first.
     */
    default boolean streamsOn(HttpServerRequest request) {
        return false;
    }
}
