package org.partnercenter.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.events.RelayProducers;

/**
 * Publishes to the test broker (the running application's {@code kafka.bootstrap.servers}) as a producing service
 * would: with the relay's producer settings, each send acknowledged before the next.
 */
public final class TopicWriter {

    private TopicWriter() {
    }

    /** Each event under {@code key}, or under its subject when the key is null. */
    public static void send(String topic, String key, EventEnvelope... events) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (EventEnvelope event : events) {
            records.add(new ProducerRecord<>(topic, key != null ? key : event.subject(), EventJson.write(event)));
        }
        publish(topic, records);
    }

    /** Raw values, as a broken or future producer could write them, in order under one key. */
    public static void sendRaw(String topic, String key, String... values) {
        publish(topic, Arrays.stream(values).map(value -> new ProducerRecord<>(topic, key, value)).toList());
    }

    private static void publish(String topic, List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = RelayProducers.create(bootstrapServers(), "test-writer")) {
            for (ProducerRecord<String, String> record : records) {
                producer.send(record).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
