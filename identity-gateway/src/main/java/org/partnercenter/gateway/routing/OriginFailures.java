package org.partnercenter.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;
import org.partnercenter.commons.error.RoutingErrors;

/**
 * When the owning service gives no answer (down, or a connection it closed), the proxy's own 502 has no body:
 * answer it in the error shape instead, telling the client that a retry with the same MS-RequestId is safe.
 */
final class OriginFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(OriginFailures.class);

    private final RoutingErrors errors;

    OriginFailures(RoutingErrors errors) {
        this.errors = errors;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            LOG.warnf("No answer from %s for %s %s: %s", context.request().getAuthority(),
                    context.request().getMethod(), context.request().getURI(), failure.toString());
            ApiException refusal = new ApiException(502, ErrorCodes.INTERNAL, "The service behind this route did "
                    + "not answer. Retry with the same MS-RequestId; a write is never applied twice.");
            ProxyResponse response = context.request().response().setStatusCode(502);
            response.headers().set("Content-Type", "application/json; charset=utf-8");
            return Future.succeededFuture(response.setBody(Body.body(Buffer.buffer(errors.text(refusal)))));
        });
    }
}
