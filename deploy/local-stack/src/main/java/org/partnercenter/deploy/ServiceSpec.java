package org.partnercenter.deploy;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One service of the suite as the local stack runs it: its module directory is its name, it owns one
 * database and listens on one port, which the setting {@code portSetting} moves.
 */
record ServiceSpec(String name, String database, int port, String portSetting) {

    /** Each service keeps its state in its database, which the stack recreates: nothing on disk to empty. */
    QuarkusApp app(Path projectRoot) {
        return new QuarkusApp(name, projectRoot.resolve(name), port, portSetting, "256m", Optional.empty());
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }
}
