package org.partnercenter.billing.period;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnercenter.commons.events.KafkaClientSettings;
import org.partnercenter.commons.retry.Sleeper;

/**
 * Whether billing has applied the usage that was on the usage topic at a moment: the topic's end offsets then,
 * against what billing's consumer group has committed since (a consumer commits only what it has applied). So usage
 * posted before a close began is on the close's invoices, however far behind the consumer was.
 */
@ApplicationScoped
class UsageCatchUp {

    private static final long TIMEOUT_SECONDS = 10;

    private final KafkaClientSettings kafka;
    private final String topic;
    private final String group;

    UsageCatchUp(KafkaClientSettings kafka,
            @ConfigProperty(name = "mp.messaging.incoming.usage.topic") String topic,
            @ConfigProperty(name = "mp.messaging.incoming.usage.group.id") String group) {
        this.kafka = kafka;
        this.topic = topic;
        this.group = group;
    }

    /**
     * Waits until billing's consumer group has committed, on every partition, the end offset the usage topic had
     * when the wait began, looking again every {@code poll}.
     *
     * @return false when {@code deadline} ({@link System#nanoTime()}) passed first, or the wait was interrupted
     */
    boolean await(long deadline, Duration poll, Sleeper sleeper) {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> mark = endOffsets(admin);
            while (!reached(admin, mark)) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                sleeper.sleep(poll);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What is on the topic now: each partition's end offset (a topic not created yet has nothing on it). */
    private Map<TopicPartition, Long> endOffsets(Admin admin) throws InterruptedException {
        try {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of();
            }
            throw new IllegalStateException("The usage topic's offsets could not be read: " + e.getCause(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Whether billing's consumer group has committed every partition up to the mark (a failed look is a no). */
    private boolean reached(Admin admin, Map<TopicPartition, Long> mark) throws InterruptedException {
        if (mark.values().stream().allMatch(end -> end == 0)) {
            return true;
        }
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return mark.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private Admin admin() {
        Properties properties = new Properties();
        properties.putAll(kafka.connection());
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, group + "-close");
        return Admin.create(properties);
    }
}
