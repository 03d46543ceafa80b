package org.partnercenter.deploy.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.partnercenter.deploy.StackFailure;

/**
 * Checks, before anything starts, that the ports the stack will listen on are free: a stack from
 * another checkout, or another program, fails here with a message instead of half-way through.
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** Fails before anything starts if a port the stack needs is taken, naming the setting that moves it. */
    public static void require(StackConfig config) {
        require(config, FreePorts::isFree);
    }

    static void require(StackConfig config, IntPredicate isFree) {
        record NeededPort(int port, String part, String setting) {
        }
        List<NeededPort> needed = new ArrayList<>();
        if (config.externalPostgres().isEmpty()) {
            needed.add(new NeededPort(config.postgresPort(), "PostgreSQL", "PC_POSTGRES_PORT"));
        }
        if (config.externalKafkaBootstrap().isEmpty()) {
            needed.add(new NeededPort(config.kafkaPort(), "Kafka", "PC_KAFKA_PORT"));
            needed.add(new NeededPort(config.kafkaControllerPort(), "the Kafka controller", "PC_KAFKA_CONTROLLER_PORT"));
        }
        if (!config.infraOnly()) {
            QuarkusApp provider = config.identityProvider();
            needed.add(new NeededPort(provider.port(), "the identity provider", provider.portSetting()));
            config.services().forEach(s -> needed.add(new NeededPort(s.port(), s.name(), s.portSetting())));
            config.services().forEach(s -> needed.add(new NeededPort(s.managementPort(),
                    s.name() + "'s management port", s.managementPortSetting())));
        }
        Map<Integer, NeededPort> byPort = new HashMap<>();
        for (NeededPort wanted : needed) {
            NeededPort other = byPort.putIfAbsent(wanted.port(), wanted);
            if (other != null) {
                throw new StackFailure(other.part() + " and " + wanted.part() + " are both set to port " + wanted.port()
                        + ": change " + wanted.setting() + " or " + other.setting());
            }
            if (!isFree.test(wanted.port())) {
                throw new StackFailure("port " + wanted.port() + " (" + wanted.part() + ") is already in use: a local"
                        + " stack from another checkout or another program holds it (ss -ltnp 'sport = :" + wanted.port()
                        + "' shows which); stop it, or set " + wanted.setting() + " to another port");
            }
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port)); // the wildcard address also collides with 127.0.0.1-only listeners
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
