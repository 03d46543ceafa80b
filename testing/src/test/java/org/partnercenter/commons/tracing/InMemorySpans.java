package org.partnercenter.commons.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The sample app's span exporter in tests, as Quarkus documents it: every finished span kept in memory, where a
 * test can read it. Being a SpanExporter bean, it also keeps Quarkus' OTLP exporter from starting.
 */
@ApplicationScoped
class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
