package org.partnercenter.commons.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The W3C {@code traceparent} of the work in progress, kept with what that work leaves for later (an outbox row),
 * so that whoever picks it up (the relay, then the consumer) continues the same trace, or with a request that
 * leaves through a client Quarkus does not trace for us (the gateway's reverse proxy).
 */
public final class TraceParent {

    /** The W3C Trace Context header, also the Kafka record header the relay writes. */
    public static final String HEADER = "traceparent";

    private TraceParent() {
    }

    /** The current span's traceparent; empty when no span is current (no request, or tracing is off). */
    public static Optional<String> current() {
        return of(Context.current());
    }

    /** The traceparent of the span in {@code context}; empty when it holds none. */
    public static Optional<String> of(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return Optional.ofNullable(carrier.get(HEADER));
    }
}
