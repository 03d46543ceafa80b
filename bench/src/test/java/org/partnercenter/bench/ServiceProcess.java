package org.partnercenter.bench;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A packaged service, run as its own JVM against the benchmark's PostgreSQL and Kafka. */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    final String baseUrl;
    /** Where /q/health and /q/metrics answer: the service's management port. */
    private final String managementUrl;

    private ServiceProcess(String name, Process process, String baseUrl, String managementUrl) {
        this.name = name;
        this.process = process;
        this.baseUrl = baseUrl;
        this.managementUrl = managementUrl;
    }

    /** The service trusts internal tokens signed with the testing module's key, as TestTokens signs them. */
    static ServiceProcess start(String name, Path jar, Path workDir, Map<String, String> config) throws Exception {
        return start(name, jar, workDir, config, List.of());
    }

    /** @param jvmArgs the benchmark's own options for this JVM (a GC log, say), before the ones given by property */
    static ServiceProcess start(String name, Path jar, Path workDir, Map<String, String> config, List<String> jvmArgs)
            throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw -q package -pl " + name + " -DskipTests");
        }
        int port = freePort();
        int managementPort = freePort();
        Path jwks = workDir.resolve("internal-token-jwks.json");
        try (InputStream in = ServiceProcess.class.getResourceAsStream("/partner-center-testing/internal-token-jwks.json")) {
            Files.write(jwks, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Djava.io.tmpdir=" + workDir, "-Dmp.jwt.verify.publickey.location=" + jwks.toUri()));
        command.addAll(jvmArgs);
        // Every service's, then this one's alone (-Dbench.billing-service.jvmArgs=...: a flight recording, say).
        for (String extraJvmArgs : List.of(System.getProperty("bench.serviceJvmArgs", ""),
                System.getProperty("bench." + name + ".jvmArgs", ""))) {
            if (!extraJvmArgs.isBlank()) {
                command.addAll(List.of(extraJvmArgs.trim().split("\\s+")));
            }
        }
        config.forEach((key, value) -> {
            if (!key.equals("mp.jwt.verify.publickey.location")) {
                command.add("-D" + key + "=" + value);
            }
        });
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(productionEnvironment(config, jwks));
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(workDir.resolve(name + ".log").toFile()).start();
        ServiceProcess service = new ServiceProcess(name, process, "http://127.0.0.1:" + port,
                "http://127.0.0.1:" + managementPort);
        service.awaitReady();
        return service;
    }

    /**
     * What the production profile refuses to start without (commons' RequiredEnvironmentCheck reads variables, as a
     * deployment gives them): every setting of {@code config} under its environment name too, a broker without
     * security, the testing key's JWKS, and an identity provider address where no setting names one (customer-service
     * calls it only when it makes a customer's admin user, which no benchmark does).
     */
    private static Map<String, String> productionEnvironment(Map<String, String> config, Path jwks) {
        Map<String, String> environment = new HashMap<>();
        config.forEach((key, value) -> environment.put(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"),
                value));
        environment.put("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwks.toUri().toString());
        environment.putIfAbsent("PC_AAD_AUTHORITY", "http://127.0.0.1:8090");
        return environment;
    }

    /** The service's JVM, for tools that read it from outside (jstat). */
    long pid() {
        return process.pid();
    }

    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                var readiness = URI.create(managementUrl + "/q/health/ready");
                var response = client.send(HttpRequest.newBuilder(readiness).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: see target/" + name + ".log");
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready in 90 s: see target/" + name + ".log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
