package org.partnercenter.commons.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.commons.sample.SampleCallers.as;
import static org.partnercenter.commons.sample.SampleCallers.newPartner;
import static org.partnercenter.commons.sample.SampleCallers.widget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.sample.WidgetService;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class OutboxTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldPublishACloudEventWithTheCorrelationIdWhenAChangeCommits() {
        Caller partner = newPartner();
        String correlationId = UUID.randomUUID().toString();
        String widgetId = as(partner).header("MS-CorrelationId", correlationId).body(widget("evented"))
                .post("/v1/widgets").then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrapServers, WidgetService.TOPIC,
                read -> read.stream().anyMatch(r -> r.value().contains(widgetId)), Duration.ofSeconds(30));

        ConsumerRecord<String, String> record = records.stream().filter(r -> r.value().contains(widgetId))
                .findFirst().orElseThrow(() -> new AssertionError("no event for widget " + widgetId));
        EventEnvelope event = EventJson.read(record.value());
        assertThat(record.key()).isEqualTo(partner.partnerTenantId().toString());
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo(EventEnvelope.CONTENT_TYPE);
        assertThat(event.specversion()).isEqualTo("1.0");
        assertThat(event.type()).isEqualTo("widget.created");
        assertThat(event.source()).isEqualTo("/commons-sample");
        assertThat(event.subject()).isEqualTo(widgetId);
        assertThat(event.schemaversion()).isEqualTo(1);
        assertThat(event.correlationid()).isEqualTo(correlationId);
        assertThat(event.time()).isNotNull();
        assertThat(event.data().path("name").asText()).isEqualTo("evented");
    }
}
