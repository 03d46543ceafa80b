package org.partnercenter.commons.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnercenter.commons.sample.SampleCallers.as;
import static org.partnercenter.commons.sample.SampleCallers.newPartner;
import static org.partnercenter.commons.sample.SampleCallers.widget;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.events.OutgoingEvent;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.sample.WidgetLedger;
import org.partnercenter.commons.sample.WidgetService;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class EventTracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldCarryTheRequestsTraceToKafkaAndTheConsumerWhenAChangeWritesAnEvent() {
        String traceId = hex(16);
        String callersSpanId = hex(8);

        try (LogCapture ledger = LogCapture.of(WidgetLedger.class)) {
            String widgetId = created("traced", "00-" + traceId + "-" + callersSpanId + "-01", "corr-" + traceId);

            String sent = traceParentOf(recordFor(widgetId));
            assertThat(sent).matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain(callersSpanId);
            SpanData consumer = await().atMost(Duration.ofSeconds(30)).until(() -> consumerSpan(traceId), s -> s != null);
            assertThat(consumer.getParentSpanId()).isEqualTo(sent.split("-")[2]);
            SpanData processing = await().atMost(Duration.ofSeconds(30)).until(() -> span(traceId,
                    WidgetLedger.CONSUMER + " process"), s -> s != null);
            assertThat(processing.getParentSpanId()).isEqualTo(consumer.getSpanId());
            await().atMost(Duration.ofSeconds(30)).until(() -> ledger.lines().stream()
                    .anyMatch(line -> line.message().contains(widgetId)));
            LogCapture.Line logged = ledger.lines().stream().filter(line -> line.message().contains(widgetId))
                    .findFirst().orElseThrow();
            assertThat(logged.mdc()).containsEntry("traceId", traceId).containsEntry("correlationId", "corr-" + traceId)
                    .containsKey("spanId");
        }
    }

    @Test
    void shouldStartATraceOfItsOwnWhenTheCallerSentNone() {
        String widgetId = created("untraced", null, null);

        assertThat(traceParentOf(recordFor(widgetId))).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void shouldSendNoTraceParentWhenNoSpanWasCurrentAtTheWrite() {
        String subject = UUID.randomUUID().toString();

        QuarkusTransaction.requiringNew().run(() -> outbox.publish(new OutgoingEvent(WidgetService.TOPIC, subject,
                "widget.created", subject, 1, Map.of("id", subject, "name", "background"))));

        assertThat(recordFor(subject).headers().lastHeader(TraceParent.HEADER)).isNull();
    }

    private static String created(String name, String traceParent, String correlationId) {
        var request = as(newPartner()).body(widget(name + "-" + UUID.randomUUID()));
        if (traceParent != null) {
            request = request.header(TraceParent.HEADER, traceParent).header("MS-CorrelationId", correlationId);
        }
        return request.post("/v1/widgets").then().statusCode(201).extract().path("id");
    }

    private ConsumerRecord<String, String> recordFor(String widgetId) {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrapServers, WidgetService.TOPIC,
                read -> read.stream().anyMatch(r -> r.value().contains(widgetId)), Duration.ofSeconds(30));
        return records.stream().filter(r -> r.value().contains(widgetId)).findFirst()
                .orElseThrow(() -> new AssertionError("no event for widget " + widgetId));
    }

    private static String traceParentOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(TraceParent.HEADER);
        assertThat(header).as("traceparent header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private SpanData consumerSpan(String traceId) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER && span.getTraceId().equals(traceId))
                .findFirst().orElse(null);
    }

    private SpanData span(String traceId, String name) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getName().equals(name) && span.getTraceId().equals(traceId))
                .findFirst().orElse(null);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
