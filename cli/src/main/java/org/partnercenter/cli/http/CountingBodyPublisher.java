package org.partnercenter.cli.http;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * A request body that reports how many of its bytes have been handed to the connection, for an upload's progress
 * bar. The count is of bytes taken by the HTTP client, which writes them out as it takes them.
 */
final class CountingBodyPublisher implements HttpRequest.BodyPublisher {

    private final HttpRequest.BodyPublisher delegate;
    private final LongConsumer progress;

    CountingBodyPublisher(HttpRequest.BodyPublisher delegate, LongConsumer progress) {
        this.delegate = delegate;
        this.progress = progress;
    }

    @Override
    public long contentLength() {
        return delegate.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        delegate.subscribe(new Flow.Subscriber<>() {
            private long sent;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
                sent += item.remaining();
                progress.accept(sent);
                subscriber.onNext(item);
            }

            @Override
            public void onError(Throwable throwable) {
                subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        });
    }
}
