package org.partnercenter.commons.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.events.OutgoingEvent;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.events.OutboxRelay;
import org.partnercenter.commons.events.RelayProducers;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TopicReader;

/** Drives the relay by hand (the background relay is off) to kill it in the middle of a batch. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
@TestProfile(OutboxRelayCrashTest.ManualRelay.class)
class OutboxRelayCrashTest {

    private static final int EVENTS = 200;
    private static final int KEYS = 5;

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldDeliverEveryEventOnceInEffectAndInOrderPerKeyWhenTheRelayIsKilledMidBatch() throws Exception {
        String topic = "test.relay-crash-" + UUID.randomUUID();
        for (int n = 0; n < EVENTS; n++) {
            int number = n;
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(tick(topic, number)));
        }

        try (KafkaProducer<String, String> producer = RelayProducers.create(bootstrapServers, "relay-before-crash")) {
            assertThat(new OutboxRelay(dataSource, producer, 50).relayBatch()).isEqualTo(50);
        }
        KafkaProducer<String, String> doomed = RelayProducers.create(bootstrapServers, "relay-killed");
        assertThatThrownBy(() -> new OutboxRelay(dataSource, killedAfter(37, doomed), 100).relayBatch())
                .hasMessageContaining("killed");
        doomed.close(Duration.ZERO);
        try (KafkaProducer<String, String> producer = RelayProducers.create(bootstrapServers, "relay-restarted")) {
            OutboxRelay restarted = new OutboxRelay(dataSource, producer, 100);
            while (restarted.relayBatch() > 0) {
                // drain
            }
        }

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrapServers, topic,
                read -> firstDeliveries(read).size() >= EVENTS, Duration.ofSeconds(60));
        Map<String, EventEnvelope> delivered = firstDeliveries(records);
        assertThat(delivered).hasSize(EVENTS);
        Map<String, List<Integer>> orderPerKey = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            EventEnvelope event = EventJson.read(record.value());
            if (delivered.remove(event.id()) != null) {
                orderPerKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.data().path("n").asInt());
            }
        }
        assertThat(orderPerKey).hasSize(KEYS);
        orderPerKey.values().forEach(numbers -> assertThat(numbers).hasSize(EVENTS / KEYS).isSorted());
        assertThat(unsentRows()).isZero();
    }

    @Test
    void shouldWriteNoEventWhenTheTransactionRollsBack() throws Exception {
        String topic = "test.rolled-back-" + UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(tick(topic, 1));
            throw new IllegalStateException("the change failed");
        })).hasMessageContaining("the change failed");

        assertThat(rowsFor(topic)).isZero();
    }

    private static OutgoingEvent tick(String topic, int number) {
        return new OutgoingEvent(topic, "key-" + number % KEYS, "test.tick", "tick-" + number, 1, Map.of("n", number));
    }

    private static Map<String, EventEnvelope> firstDeliveries(List<ConsumerRecord<String, String>> records) {
        Map<String, EventEnvelope> first = new LinkedHashMap<>();
        records.forEach(r -> {
            EventEnvelope event = EventJson.read(r.value());
            first.putIfAbsent(event.id(), event);
        });
        return first;
    }

    /** A producer whose process dies on the given send: what it had buffered is lost with it. */
    @SuppressWarnings("unchecked")
    private static Producer<String, String> killedAfter(int sends, Producer<String, String> real) {
        AtomicInteger count = new AtomicInteger();
        return (Producer<String, String>) Proxy.newProxyInstance(OutboxRelayCrashTest.class.getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && count.incrementAndGet() > sends) {
                        throw new IllegalStateException("relay killed in the middle of a batch");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private long unsentRows() throws Exception {
        return count("select count(*) from outbox_event where sent_at is null", null);
    }

    private long rowsFor(String topic) throws Exception {
        return count("select count(*) from outbox_event where topic = ?", topic);
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    public static class ManualRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partner-center.outbox.relay.enabled", "false");
        }
    }
}
