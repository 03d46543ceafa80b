package org.partnercenter.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.httpproxy.HttpProxy;
import java.net.URI;

/**
 * The two clients that reach a service, configured in one place so that they cannot drift apart. A request without
 * a body or with one that {@link ClosedConnectionRetry} holds goes over pooled connections: when the pool hands it
 * one that its keep-alive timeout is closing at that very moment (eclipse-vertx/vert.x#4761), the retry sends it
 * again. A streamed body cannot be sent again, so such a request goes over a connection opened for it alone and
 * closed after the answer, one that no pool can close under it. Uploads that large are rare: the extra connect
 * costs next to nothing.
 */
final class OriginClients {

    private OriginClients() {
    }

    /** A reverse proxy to the service at {@code target}, choosing the client for each request (and each retry). */
    static HttpProxy proxyTo(Vertx vertx, URI target) {
        HttpClient pooled = vertx.createHttpClient(common().setKeepAlive(true));
        HttpClient ownConnection = vertx.createHttpClient(common().setKeepAlive(false));
        SocketAddress origin = SocketAddress.inetSocketAddress(target.getPort(), target.getHost());
        return HttpProxy.reverseProxy(pooled).origin(context -> {
            boolean held = ClosedConnectionRetry.holdsBody(context.request().proxiedRequest());
            return (held ? context.client() : ownConnection).request(new RequestOptions().setServer(origin));
        });
    }

    /**
     * What both clients share. The pool size also bounds how many uploads stream at once, each on its connection.
     * No tracing of their own: the edge writes the request's traceparent ({@link EdgeTrace}), and a client span
     * would add a second one, from whatever context the request happens to be sent on.
     */
    private static HttpClientOptions common() {
        return new HttpClientOptions().setMaxPoolSize(64).setConnectTimeout(2_000)
                .setTracingPolicy(TracingPolicy.IGNORE);
    }
}
