package org.partnercenter.idp.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Gives the test instance a free port and makes its authority point at it. Quarkus OIDC in the tests
 * fetches the instance's own discovery document, so the configured issuer must be where it listens;
 * a free port (rather than a fixed one) keeps parallel builds and a running stack out of the way.
 */
public class TestAuthority implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port = freePort();
        return Map.of(
                "quarkus.http.test-port", Integer.toString(port),
                "idp.authority", "http://127.0.0.1:" + port,
                "idp.directory-file", "target/test-directory/directory-" + port + ".json");
    }

    @Override
    public void stop() {
        // Nothing to stop: the port is released when the application stops.
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException("No free port on the loopback interface", failed);
        }
    }
}
