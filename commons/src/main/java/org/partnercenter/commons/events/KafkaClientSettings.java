package org.partnercenter.commons.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * How every Kafka client this code makes itself (the outbox relay's producer, billing's admin client) reaches the
 * broker: the bootstrap servers and the security settings (SASL, TLS), taken from the same place as the SmallRye
 * channels' ({@code kafka.*} and {@code KAFKA_*}, Quarkus' default Kafka configuration), so a service has one set of
 * broker settings whichever client connects.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private final Map<String, Object> connection;

    KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.connection = connectionOf(broker);
    }

    /** The connection settings, to put first into a client's properties. */
    public Map<String, Object> connection() {
        return connection;
    }

    /**
     * Only what says where and how to connect: a channel's own settings (group.id, deserializers) mean nothing to an
     * admin client or a producer, and a blank value would reach the client as a setting of its own.
     */
    static Map<String, Object> connectionOf(Map<String, Object> broker) {
        Map<String, Object> connection = new HashMap<>();
        broker.forEach((name, value) -> {
            if (isConnection(name) && value != null && !value.toString().isBlank()) {
                connection.put(name, value);
            }
        });
        return Map.copyOf(connection);
    }

    private static boolean isConnection(String name) {
        return name.equals("bootstrap.servers") || name.equals("security.protocol") || name.startsWith("sasl.")
                || name.startsWith("ssl.");
    }
}
