package org.partnercenter.commons.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Test;

class TraceParentTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void shouldGiveTheW3cTraceParentOfTheSpanWhenOneIsCurrent() {
        Context traced = Context.root().with(Span.wrap(
                SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault())));

        try (var ignored = traced.makeCurrent()) {
            assertThat(TraceParent.current()).hasValue("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
        }
    }

    @Test
    void shouldMarkTheTraceUnsampledWhenTheSpanIsNotSampled() {
        Context traced = Context.root().with(Span.wrap(
                SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getDefault(), TraceState.getDefault())));

        assertThat(TraceParent.of(traced)).hasValue("00-" + TRACE_ID + "-" + SPAN_ID + "-00");
    }

    @Test
    void shouldGiveNoneWhenNoSpanIsCurrent() {
        assertThat(TraceParent.of(Context.root())).isEmpty();
        assertThat(TraceParent.current()).isEmpty();
    }
}
