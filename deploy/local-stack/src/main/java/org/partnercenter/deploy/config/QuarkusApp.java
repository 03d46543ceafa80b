package org.partnercenter.deploy.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Quarkus application of the stack as the launcher runs it: the packaged fast-jar of a module, in a
 * JVM of its own with a fixed heap, listening on one port that the setting {@code portSetting} moves.
 *
 * @param managementPort where it serves /q/health and /q/metrics (a service's management port); empty
 *                       when they are on its one port (the development identity provider's)
 * @param stateDir where the application keeps state between requests; emptied on every start, so that
 *                 it starts as fresh as the databases and topics do
 */
public record QuarkusApp(String name, Path module, int port, String portSetting, OptionalInt managementPort,
        String maxHeap, Optional<Path> stateDir) {

    /** The fast-jar launcher that {@code ./mvnw package} writes into the module. */
    public Path runnerJar() {
        return module.resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Optional<String> managementUrl() {
        return managementPort.isPresent() ? Optional.of("http://127.0.0.1:" + managementPort.getAsInt())
                : Optional.empty();
    }

    /** Ready means its own readiness checks (database, Kafka) pass, not just that a port is open. */
    public String readinessUrl() {
        return managementUrl().orElse(url()) + "/q/health/ready";
    }
}
