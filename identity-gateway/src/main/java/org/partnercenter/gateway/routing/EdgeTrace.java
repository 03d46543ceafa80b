package org.partnercenter.gateway.routing;

import io.opentelemetry.context.Context;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import org.partnercenter.commons.tracing.TraceParent;

/**
 * Hands the gateway's trace on to the owning service. The request's server span (a child of the caller's
 * {@code traceparent}, if it sent one) is current only while the edge first sees the request: sign-in may finish on
 * another thread, so the context is kept with the request and written into the forwarded headers from there. The
 * caller's own trace headers are replaced, never passed through beside ours.
 */
final class EdgeTrace {

    private static final String CONTEXT = "partner-center.trace-context";
    private static final String TRACE_STATE = "tracestate";

    private EdgeTrace() {
    }

    static void remember(RoutingContext context) {
        context.put(CONTEXT, Context.current());
    }

    static void handOn(RoutingContext context) {
        MultiMap headers = context.request().headers();
        headers.remove(TraceParent.HEADER);
        headers.remove(TRACE_STATE);
        Context trace = context.get(CONTEXT);
        TraceParent.of(trace == null ? Context.current() : trace)
                .ifPresent(value -> headers.set(TraceParent.HEADER, value));
    }
}
