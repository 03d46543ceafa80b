package org.partnercenter.deploy.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One service of the suite as the local stack runs it: its module directory is its name, it owns one
 * database and listens on a public port, which the setting {@code portSetting} moves, and a management
 * port for /q/health, /q/metrics and /q/openapi, which {@code managementPortSetting} moves.
 */
public record ServiceSpec(String name, String database, int port, String portSetting, int managementPort,
        String managementPortSetting) {

    /** Each service keeps its state in its database, which the stack recreates: nothing on disk to empty. */
    public QuarkusApp app(Path projectRoot) {
        return new QuarkusApp(name, projectRoot.resolve(name), port, portSetting, OptionalInt.of(managementPort),
                "256m", Optional.empty());
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }
}
