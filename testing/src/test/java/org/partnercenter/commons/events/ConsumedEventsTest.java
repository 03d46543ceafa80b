package org.partnercenter.commons.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.events.OutgoingEvent;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.events.RelayProducers;
import org.partnercenter.commons.sample.WidgetTally;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class ConsumedEventsTest {

    private static final String TOPIC = "test.widget-events";

    @Inject
    ConsumedEvents consumed;

    @Inject
    WidgetTally tally;

    @Inject
    Outbox outbox;

    @Inject
    org.partnercenter.commons.events.ParkedEvents parked;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldApplyAnEventOnceWhenKafkaRedeliversIt() throws Exception {
        String name = "tally-" + UUID.randomUUID();
        String sentinel = name + "-sentinel";
        EventEnvelope first = event(name);

        try (KafkaProducer<String, String> producer = RelayProducers.create(bootstrapServers, "redelivery-test")) {
            for (EventEnvelope event : new EventEnvelope[] {first, first, event(name), event(sentinel)}) {
                // One key: one partition, so the sentinel is consumed after everything before it.
                producer.send(new ProducerRecord<>(TOPIC, name, EventJson.write(event))).get();
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> count(sentinel) == 1);
        assertThat(count(name)).isEqualTo(2);
    }

    /** The relay marks records as CloudEvents; the consumer must still get the whole envelope, id included. */
    @Test
    void shouldApplyAnEventWhenTheOutboxRelayPublishedIt() {
        String name = "relayed-" + UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> outbox.publish(new OutgoingEvent(TOPIC, name, "widget.created",
                name, 1, JsonNodeFactory.instance.objectNode().put("name", name))));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(name) == 1);
    }

    @Test
    void shouldParkAnEventAndGoOnWhenItsEffectKeepsFailing() throws Exception {
        String poison = "poison-" + UUID.randomUUID();
        String sentinel = "after-" + poison;
        long parkedBefore = QuarkusTransaction.requiringNew().call(() -> parked.count(WidgetTally.CONSUMER));

        try (KafkaProducer<String, String> producer = RelayProducers.create(bootstrapServers, "poison-test")) {
            for (EventEnvelope event : new EventEnvelope[] {event(poison), event(sentinel)}) {
                producer.send(new ProducerRecord<>(TOPIC, poison, EventJson.write(event))).get();
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> count(sentinel) == 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> parked.count(WidgetTally.CONSUMER)))
                .isEqualTo(parkedBefore + 1);
        assertThat(count(poison)).isZero();
    }

    @Test
    void shouldApplyTheEventAgainWhenTheFirstAttemptFailed() {
        EventEnvelope event = event("retried");
        AtomicInteger applied = new AtomicInteger();

        assertThatThrownBy(() -> consumed.applyOnce("retry-test", event, e -> {
            throw new IllegalStateException("the effect failed");
        })).hasMessageContaining("the effect failed");
        boolean second = consumed.applyOnce("retry-test", event, e -> applied.incrementAndGet());
        boolean third = consumed.applyOnce("retry-test", event, e -> applied.incrementAndGet());

        assertThat(second).isTrue();
        assertThat(third).isFalse();
        assertThat(applied).hasValue(1);
    }

    @Test
    void shouldLetEachConsumerApplyTheSameEventWhenTwoConsumeIt() {
        EventEnvelope event = event("shared");

        assertThat(consumed.applyOnce("consumer-a", event, e -> { })).isTrue();
        assertThat(consumed.applyOnce("consumer-b", event, e -> { })).isTrue();
    }

    private int count(String name) {
        return QuarkusTransaction.requiringNew().call(() -> tally.count(name));
    }

    private static EventEnvelope event(String name) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/test", "widget.counted",
                name, Instant.now(), "application/json", 1, null, null,
                JsonNodeFactory.instance.objectNode().put("name", name).put("fieldFromTheFuture", true));
    }
}
