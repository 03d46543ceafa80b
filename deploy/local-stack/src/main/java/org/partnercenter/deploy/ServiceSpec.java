package org.partnercenter.deploy;

import java.nio.file.Path;

/**
 * One Quarkus service of the suite as the local stack runs it: its module directory is its name,
 * it owns one database and listens on one port, which the setting {@code portSetting} moves.
 */
record ServiceSpec(String name, String database, int port, String portSetting) {

    /** The fast-jar launcher that {@code ./mvnw package} writes into the module. */
    Path runnerJar(Path projectRoot) {
        return projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }
}
