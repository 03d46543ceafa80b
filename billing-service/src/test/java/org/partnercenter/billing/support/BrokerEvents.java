package org.partnercenter.billing.support;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.events.RelayProducers;
import org.partnercenter.events.Topic;

/**
 * Publishes events on a broker named explicitly, as their producers key them: {@link Events} for a test outside a
 * Quarkus application, which has no application config to read the broker from. Build the events with
 * {@link Publish}, from the producers' committed samples.
 */
public final class BrokerEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public BrokerEvents(String bootstrapServers) {
        this.producer = RelayProducers.create(bootstrapServers, "billing-it");
    }

    /** Each event keyed by its subject. */
    public void send(Topic topic, EventEnvelope... events) {
        for (EventEnvelope event : events) {
            send(topic, event.subject(), event);
        }
    }

    /** Under one key (one partition), in this order. */
    public void send(Topic topic, String key, EventEnvelope event) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), key, EventJson.write(event))).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + event.type() + " on " + topic.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
