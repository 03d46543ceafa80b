package org.partnercenter.billing.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged billing-service ({@code target/quarkus-app}) run as a JVM of its own, as production runs it, so that a
 * test can kill the process itself rather than a thread inside the test's JVM. Its configuration comes as system
 * properties; it trusts internal tokens signed with the testing module's key, as {@code TestTokens} signs them.
 */
public final class BillingServiceProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    public final String baseUrl;

    private BillingServiceProcess(Process process, Path log, String baseUrl) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /** Starts the jar on free ports with {@code config} and waits until it is ready; its output goes to {@code log}. */
    public static BillingServiceProcess start(Path jar, Path workDir, Path log, Map<String, String> config)
            throws IOException, InterruptedException {
        return start(jar, workDir, log, config, "256m");
    }

    /** As {@link #start(Path, Path, Path, Map)}, with the heap's maximum ({@code -Xmx}) given, e.g. {@code 96m}. */
    public static BillingServiceProcess start(Path jar, Path workDir, Path log, Map<String, String> config,
            String maxHeap) throws IOException, InterruptedException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: it is built by the package phase (./mvnw package "
                    + "-pl billing-service -am -DskipTests)");
        }
        Files.createDirectories(workDir);
        Path jwks = workDir.resolve("internal-token-jwks.json");
        try (InputStream in = BillingServiceProcess.class
                .getResourceAsStream("/partner-center-testing/internal-token-jwks.json")) {
            Files.write(jwks, in.readAllBytes());
        }
        int port = freePort();
        int managementPort = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError",
                // A short-lived test service on a small machine: start fast and keep the other tests' CPU.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + workDir, "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        // The test resource names the key on the test classpath, which the packaged service does not have.
        command.add("-Dmp.jwt.verify.publickey.location=" + jwks.toUri());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(productionEnvironment(config, jwks));
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        BillingServiceProcess service = new BillingServiceProcess(process, log, "http://127.0.0.1:" + port);
        service.awaitReady("http://127.0.0.1:" + managementPort + "/q/health/ready");
        return service;
    }

    /**
     * SIGKILL: no shutdown hook, no rollback sent, no connection closed politely ({@link Process#destroyForcibly()}
     * is SIGKILL on Linux).
     *
     * @return the exit code, 137 (128 + 9) for a process killed by SIGKILL
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("billing-service survived SIGKILL for 10 s");
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * What the production profile refuses to start without (commons' RequiredEnvironmentCheck reads the environment,
     * as a deployment gives it): the same database and broker as {@code config}, whose system properties still win.
     */
    private static Map<String, String> productionEnvironment(Map<String, String> config, Path jwks) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", config.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", config.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", config.get("quarkus.datasource.password"),
                "KAFKA_BOOTSTRAP_SERVERS", config.get("kafka.bootstrap.servers"),
                "KAFKA_SECURITY_PROTOCOL", "PLAINTEXT",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwks.toUri().toString());
    }

    private void awaitReady(String readiness) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(readiness))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("billing-service exited with " + process.exitValue() + ": see "
                        + log);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("billing-service not ready within " + READY_WITHIN.toSeconds() + " s: see "
                + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
