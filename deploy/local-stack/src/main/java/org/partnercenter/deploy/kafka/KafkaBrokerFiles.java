package org.partnercenter.deploy.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.partnercenter.deploy.lifecycle.FileTree;

/** The work directory of the local broker: its configuration, logging configuration and data. */
final class KafkaBrokerFiles {

    private KafkaBrokerFiles() {
    }

    static Path log4jConfig(KafkaBroker.KafkaSettings settings) {
        return settings.workDir().resolve("log4j2.xml");
    }

    /** Writes both configuration files, empties the data directory and returns server.properties. */
    static Path prepare(KafkaBroker.KafkaSettings settings) throws IOException {
        Path workDir = settings.workDir();
        Files.createDirectories(workDir);
        // A fresh cluster on every start, like the fresh databases: no events from an earlier run
        // meet consumers whose "already processed" records are gone.
        FileTree.delete(dataDir(settings));
        Files.deleteIfExists(settings.logFile());
        Files.createDirectories(settings.tmpDir());
        try (InputStream log4j = KafkaBrokerFiles.class.getResourceAsStream("/kafka-log4j2.xml")) {
            Files.copy(log4j, log4jConfig(settings), StandardCopyOption.REPLACE_EXISTING);
        }
        Path serverProperties = propertiesFile(settings);
        Files.writeString(serverProperties, serverProperties(settings), StandardCharsets.UTF_8);
        return serverProperties;
    }

    static Path propertiesFile(KafkaBroker.KafkaSettings settings) {
        return settings.workDir().resolve("server.properties");
    }

    private static Path dataDir(KafkaBroker.KafkaSettings settings) {
        return settings.workDir().resolve("data");
    }

    /** One JVM as broker and controller: a single-node KRaft cluster with a dynamic (standalone) quorum. */
    private static String serverProperties(KafkaBroker.KafkaSettings settings) {
        String listener = "127.0.0.1:" + settings.port();
        String controller = "127.0.0.1:" + settings.controllerPort();
        return String.join("\n",
                "# Written by the local stack (org.partnercenter.deploy.KafkaBrokerFiles) on every start.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + controller,
                "listeners=PLAINTEXT://" + listener + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://" + listener,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dataDir(settings),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "# One broker: internal topics cannot have more replicas than that.",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "# Consumers join at once instead of waiting for more members.",
                "group.initial.rebalance.delay.ms=0",
                "");
    }
}
