package org.partnercenter.gateway.routing;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * A 304 or 204 has no body. The proxy streams any origin response whose length it does not know as
 * chunked, so without this a 304 from the rate card went out with {@code Transfer-Encoding: chunked} and
 * no body, and some HTTP clients then wait for a body that never comes.
 */
final class BodilessResponses implements ProxyInterceptor {

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        int status = response.getStatusCode();
        if (status == 204 || status == 304 || status < 200) {
            response.setBody(null);
            response.headers().remove("Transfer-Encoding").remove("Content-Length");
        }
        return context.sendResponse();
    }
}
