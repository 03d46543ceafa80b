package org.partnercenter.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.partnercenter.commons.error.RoutingErrors;
import org.partnercenter.commons.request.BodyLimits;
import org.partnercenter.commons.request.RequestGuard;

/**
 * Holds a forwarded body sent without a length (chunked) to its route's limit while it streams. The request
 * guard already refused a declared length over it; here the count stops the upload, the proxy's failed send
 * is answered 413 in the error shape instead of the proxy's own empty 502.
 */
final class StreamedBodyLimit implements ProxyInterceptor {

    private static final String COUNTED = "partner-center.counted-body";

    private final BodyLimits limits;
    private final RoutingErrors errors;

    StreamedBodyLimit(BodyLimits limits, RoutingErrors errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        if (incoming.getHeader(HttpHeaders.CONTENT_LENGTH) == null && request.getBody() != null) {
            CountedBody counted = new CountedBody(request.getBody().stream(), limits.maxBody(incoming));
            context.set(COUNTED, counted);
            request.setBody(Body.body(counted, -1));
        }
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        CountedBody counted = context.get(COUNTED, CountedBody.class);
        if (counted != null && counted.exceeded()) {
            Buffer body = Buffer.buffer(errors.text(RequestGuard.tooLarge(counted.limit())));
            ProxyResponse response = context.response().setStatusCode(413).setStatusMessage("Payload Too Large");
            response.headers().clear();
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .setBody(Body.body(body));
        }
        return context.sendResponse();
    }
}
