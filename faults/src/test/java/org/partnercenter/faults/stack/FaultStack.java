package org.partnercenter.faults.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.partnercenter.deploy.EmbeddedStack;
import org.partnercenter.deploy.config.LaunchOptions;
import org.partnercenter.deploy.config.ServiceSpec;
import org.partnercenter.deploy.config.StackConfig;
import org.partnercenter.deploy.lifecycle.FileTree;
import org.partnercenter.deploy.process.ServiceProcess;

/**
 * A stack of the case's own: free ports, a work directory under faults/target/stacks/&lt;case&gt;, the packaged apps
 * run by the launcher's classes in the production profile. Never one a developer or another test is using.
 */
public final class FaultStack implements AutoCloseable {

    private static final List<String> PORT_SETTINGS = List.of("pc.kafka.port", "pc.kafka.controller.port",
            "pc.postgres.port", "pc.idp.port", "pc.customer.port", "pc.billing.port", "pc.pricing.port",
            "pc.support.port", "pc.gateway.port", "pc.customer.management.port", "pc.billing.management.port",
            "pc.pricing.management.port", "pc.support.management.port", "pc.gateway.management.port");

    private final EmbeddedStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private FaultStack(EmbeddedStack stack) {
        this.stack = stack;
    }

    /** Starts a fresh stack for the case (its work directory emptied first). */
    public static FaultStack start(String caseName) throws IOException, InterruptedException {
        Path workDir = Path.of(System.getProperty("faults.work.dir", "target/stacks")).resolve(caseName)
                .toAbsolutePath();
        FileTree.delete(workDir);
        System.setProperty("pc.root", Path.of(System.getProperty("faults.apps.root", "..")).toAbsolutePath()
                .normalize().toString());
        System.setProperty("pc.stack.dir", workDir.toString());
        List<ServerSocket> held = new ArrayList<>();
        try {
            // All held open until every one is chosen: a port closed at once may be handed out again.
            for (String setting : PORT_SETTINGS) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                System.setProperty(setting, Integer.toString(socket.getLocalPort()));
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        // Embedded PostgreSQL and the Kafka admin client write temp files: under the case's directory.
        System.setProperty("java.io.tmpdir", workDir.resolve("tmp").toString());
        workDir.resolve("tmp").toFile().mkdirs();
        return new FaultStack(EmbeddedStack.start(StackConfig.load(LaunchOptions.parse("--no-demo"))));
    }

    public EmbeddedStack parts() {
        return stack;
    }

    public String gatewayUrl() {
        return stack.config().gateway().url();
    }

    public String authority() {
        return stack.config().authority();
    }

    public ServiceProcess service(String name) {
        return stack.service(name);
    }

    /** Kills the service with SIGKILL, starts it again (log appended) and answers how long until it was ready. */
    public Duration killAndRestart(String name) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        ServiceProcess service = stack.service(name);
        service.kill();
        service.relaunch();
        service.awaitReady();
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** A service's readiness answer (status and body), read on its management port. */
    public HttpResponse<String> readiness(String name) throws IOException, InterruptedException {
        ServiceSpec spec = stack.config().services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
        return http.send(HttpRequest.newBuilder(URI.create(spec.managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A connection to one service's database (customer, billing, ...), as the services connect. */
    public Connection database(String name) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(name), stack.postgres().user(),
                stack.postgres().password());
    }

    @Override
    public void close() {
        stack.close();
    }
}
