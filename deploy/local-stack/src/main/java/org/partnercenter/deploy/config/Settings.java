package org.partnercenter.deploy.config;

import java.util.Optional;

/** Where the launcher's settings come from, each asked for by its environment name ({@code PC_KAFKA_PORT}). */
@FunctionalInterface
public interface Settings {

    Optional<String> find(String envName);

    /** A system property ({@code -Dpc.kafka.port}) first, then the environment variable ({@code PC_KAFKA_PORT}). */
    static Settings fromSystem() {
        return envName -> {
            String property = System.getProperty(envName.toLowerCase().replace('_', '.'));
            return Optional.ofNullable(property != null ? property : System.getenv(envName));
        };
    }
}
