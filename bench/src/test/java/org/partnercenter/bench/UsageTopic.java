package org.partnercenter.bench;

import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.partnercenter.events.customer.CustomerServiceEvents;

/**
 * How far the usage topic is: {@code usage.recorded} events customer-service's relay has published, and those
 * billing's consumer group has committed (commits trail what it applied by up to its commit interval). Tells a
 * relay that lags from a consumer that lags.
 */
final class UsageTopic implements AutoCloseable {

    record Position(long published, long committed) {
    }

    private static final String TOPIC = CustomerServiceEvents.USAGE.name();
    private final Admin admin;

    UsageTopic(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        admin = Admin.create(config);
    }

    Position position() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("billing-service")
                .partitionsToOffsetAndMetadata().get();
        var partitions = admin.describeTopics(java.util.List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()
                .stream().map(p -> new TopicPartition(TOPIC, p.partition()))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        long published = admin.listOffsets(partitions).all().get().values().stream()
                .mapToLong(o -> o.offset()).sum();
        long consumed = committed.entrySet().stream().filter(e -> e.getKey().topic().equals(TOPIC))
                .filter(e -> e.getValue() != null).mapToLong(e -> e.getValue().offset()).sum();
        return new Position(published, consumed);
    }

    @Override
    public void close() {
        admin.close();
    }
}
