package org.partnercenter.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body passed through as it arrives, which fails as soon as more than {@code limit} bytes have come,
 * so that a chunked upload over its route's limit is stopped mid-stream instead of being forwarded whole.
 */
final class CountedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> body;
    private final long limit;
    private long received;
    private boolean exceeded;
    private Handler<Throwable> failure;

    CountedBody(ReadStream<Buffer> body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    long limit() {
        return limit;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        failure = handler;
        body.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        body.handler(handler == null ? null : chunk -> {
            if (exceeded) {
                return;
            }
            received += chunk.length();
            if (received <= limit) {
                handler.handle(chunk);
                return;
            }
            exceeded = true;
            body.pause();
            if (failure != null) {
                failure.handle(new IllegalStateException("request body over " + limit + " bytes"));
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        if (!exceeded) {
            body.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!exceeded) {
            body.fetch(amount);
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        body.endHandler(handler);
        return this;
    }
}
