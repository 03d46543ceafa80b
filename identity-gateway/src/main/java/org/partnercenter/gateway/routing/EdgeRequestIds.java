package org.partnercenter.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.partnercenter.commons.request.RequestIds;

/**
 * Assigns {@code MS-RequestId} and {@code MS-CorrelationId} at the edge when the client sent none, on the
 * request itself so the owning service sees the same ids, and echoes them on every response.
 */
final class EdgeRequestIds {

    private EdgeRequestIds() {
    }

    static String assign(RoutingContext context) {
        HttpServerRequest request = context.request();
        String requestId = ensure(request, RequestIds.REQUEST_ID_HEADER);
        String correlationId = ensure(request, RequestIds.CORRELATION_ID_HEADER);
        context.addHeadersEndHandler(ignored -> context.response().headers()
                .set(RequestIds.REQUEST_ID_HEADER, requestId)
                .set(RequestIds.CORRELATION_ID_HEADER, correlationId));
        return correlationId;
    }

    private static String ensure(HttpServerRequest request, String header) {
        String value = request.getHeader(header);
        if (value == null || value.isBlank()) {
            value = UUID.randomUUID().toString();
            request.headers().set(header, value);
        }
        return value;
    }
}
