package org.partnercenter.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

/**
 * Sends a request again (twice at most, after a short pause) when the service's connection closed before any answer. The client pool closes a
 * connection that has been idle for its keep-alive time, and now and then hands that very connection to a new
 * request (eclipse-vertx/vert.x#4761): the request never reached the service. Sending it again is safe even when it
 * did, because every forwarded request carries an MS-RequestId and writes are idempotent on it. To be sent twice a
 * body must be held, so only a request without a body or with a declared one up to {@link #MAX_HELD_BODY} is
 * retried; larger and chunked uploads stream through, over a connection that no pool can close under them
 * ({@link OriginClients}).
 */
final class ClosedConnectionRetry implements ProxyInterceptor {

    static final long MAX_HELD_BODY = 1024 * 1024;
    private static final long[] RETRY_DELAYS_MS = {20, 200};
    private static final Logger LOG = Logger.getLogger(ClosedConnectionRetry.class);

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        long length = heldLength(request.proxiedRequest());
        if (length < 0) {
            return context.sendRequest();
        }
        Future<Buffer> held = length == 0 ? Future.succeededFuture(null) : held(request.getBody().stream());
        return held.compose(body -> send(context, body, 0));
    }

    /**
     * Whether this request may be sent again: it has no body, or one small enough to hold. The one place that
     * tells held bodies from streamed ones; {@link OriginClients} sends a streamed one over a connection of its own.
     */
    static boolean holdsBody(HttpServerRequest incoming) {
        return heldLength(incoming) >= 0;
    }

    /** The length of the body to hold, 0 for none, or -1 when it streams (chunked, or longer than the limit). */
    private static long heldLength(HttpServerRequest incoming) {
        String declared = incoming.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return incoming.getHeader(HttpHeaders.TRANSFER_ENCODING) == null ? 0 : -1;
        }
        long length = Long.parseLong(declared.trim());
        return length <= MAX_HELD_BODY ? length : -1;
    }

    private Future<ProxyResponse> send(ProxyContext context, Buffer body, int retry) {
        ProxyRequest request = context.request();
        request.setBody(body == null ? null : Body.body(body));
        return context.sendRequest().recover(failure -> {
            if (!closedBeforeAnswer(failure) || retry == RETRY_DELAYS_MS.length) {
                return Future.failedFuture(failure);
            }
            LOG.infof("Sending %s %s again: the service's connection closed before it answered (%s)",
                    request.getMethod(), request.getURI(), failure.toString());
            // After a pause, so that the pool has dropped the closed connection instead of handing it out again.
            Promise<ProxyResponse> again = Promise.promise();
            Vertx.currentContext().owner().setTimer(RETRY_DELAYS_MS[retry],
                    timer -> send(context, body, retry + 1).onComplete(again));
            return again.future();
        });
    }

    /** The connection closed, or the held body's write failed on it (the proxy then resets the request). */
    private static boolean closedBeforeAnswer(Throwable failure) {
        return failure instanceof HttpClosedException || failure instanceof StreamResetException;
    }

    private static Future<Buffer> held(ReadStream<Buffer> stream) {
        Promise<Buffer> read = Promise.promise();
        Buffer body = Buffer.buffer();
        stream.exceptionHandler(read::tryFail);
        stream.endHandler(ignored -> read.tryComplete(body));
        stream.handler(body::appendBuffer);
        stream.resume();
        return read.future();
    }
}
