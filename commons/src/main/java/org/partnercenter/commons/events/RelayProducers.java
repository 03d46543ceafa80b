package org.partnercenter.commons.events;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's Kafka producer, with the settings the outbox's guarantees rest on pinned rather than left
 * to defaults: every replica acknowledges, the broker drops the producer's own retried duplicates, and at
 * most five batches in flight keep a partition's order under retries.
 */
public final class RelayProducers {

    private RelayProducers() {
    }

    /** A producer to a broker that needs no security settings: a test's. */
    public static KafkaProducer<String, String> create(String bootstrapServers, String clientId) {
        return create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), clientId);
    }

    /** A producer connected as {@code connection} says ({@link KafkaClientSettings#connection()}). */
    public static KafkaProducer<String, String> create(Map<String, Object> connection, String clientId) {
        Properties config = new Properties();
        config.putAll(connection);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Event payloads are repetitive JSON, and publishing them cost about a third of usage-ingestion
        // throughput in bench/; lz4 shrinks them for little CPU.
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }
}
