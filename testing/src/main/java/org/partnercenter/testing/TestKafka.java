package org.partnercenter.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker (KRaft, one combined node) inside the test JVM, started once and shared, or the
 * cluster named by {@code PC_TEST_KAFKA_BOOTSTRAP}.
 */
final class TestKafka {

    /** JVM-wide, like {@link TestPostgres}'s: each Quarkus restart loads this class anew. */
    private static final String SHARED_BOOTSTRAP = "partner-center.test.kafka.bootstrap";

    private TestKafka() {
    }

    static String bootstrapServers() {
        synchronized (System.getProperties()) {
            String running = System.getProperty(SHARED_BOOTSTRAP);
            if (running == null) {
                String external = TestSettings.get("PC_TEST_KAFKA_BOOTSTRAP");
                running = external != null ? external : start();
                System.setProperty(SHARED_BOOTSTRAP, running);
            }
            return running;
        }
    }

    private static String start() {
        // A broker in trouble (its directory removed while the JVM exits, say) halts the whole JVM by
        // default, which surefire reports as a crashed test run; here it must only fail the tests.
        Exit.setHaltProcedure((status, message) -> {
        });
        Exit.setExitProcedure((status, message) -> {
        });
        try {
            Path baseDirectory = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "kafka-");
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    // Our own directory: the test kit's default one is deleted by a shutdown hook while the
                    // broker still runs.
                    .setBaseDirectory(baseDirectory)
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    // One broker: internal topics cannot have the default three replicas, and consumers
                    // would never join a group.
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "5")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            // Not closed at exit on purpose: a controlled shutdown races the other shutdown hooks of the
            // test JVM for no gain, since the broker lives in this JVM and its files under target/.
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("in-JVM Kafka broker did not start", e);
        }
    }
}
