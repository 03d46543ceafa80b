package org.partnercenter.deploy.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercenter.deploy.StackFailure;
import org.partnercenter.deploy.config.QuarkusApp;
import org.partnercenter.deploy.lifecycle.FileTree;
import org.partnercenter.deploy.lifecycle.StackPart;

/** One Quarkus application of the stack (a service or the identity provider), in a JVM of its own. */
public final class ServiceProcess implements StackPart {

    /** Several services start at once on a two-core machine: together they need close to 20 s. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(300);

    private final QuarkusApp app;
    private final Path logFile;
    private final Path tmpDir;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final ChildProcess child;

    /** {@code environment} comes from {@link ServiceEnvironment}: the names there are the contract with the apps. */
    public ServiceProcess(QuarkusApp app, Map<String, String> environment, Path logFile, Path tmpDir) {
        this.app = app;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
        this.tmpDir = tmpDir;
        this.child = new ChildProcess(app.name(), logFile);
    }

    @Override
    public void launch() throws IOException {
        Files.createDirectories(tmpDir);
        Files.deleteIfExists(logFile);
        if (app.stateDir().isPresent()) {
            FileTree.delete(app.stateDir().get());
            Files.createDirectories(app.stateDir().get());
        }
        startJvm();
    }

    /** After {@link #kill()}: the same JVM command and environment, its output appended to the same log. */
    public void relaunch() throws IOException {
        startJvm();
    }

    /** SIGKILL (fault injection): the service gets no chance to finish what it was doing. */
    public void kill() {
        child.kill();
    }

    /** SIGSTOP (true) or SIGCONT (false). */
    public void pause(boolean paused) throws IOException, InterruptedException {
        child.pause(paused);
    }

    private void startJvm() throws IOException {
        child.start(() -> ChildJvm.start(List.of("-Xmx" + app.maxHeap(),
                        // Vert.x caches files in java.io.tmpdir: keep them under target/, apart per service.
                        "-Djava.io.tmpdir=" + tmpDir,
                        // Malformed URIs then reach commons' RequestGuard, which refuses them in the error shape.
                        "-Dvertx.disableURIValidation=true",
                        "-jar", app.runnerJar().toString()),
                app.module(), environment, logFile));
    }

    /** Ready means the application's own readiness checks (database, Kafka) pass, not just that a port is open. */
    @Override
    public void awaitReady() throws InterruptedException {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(app.readinessUrl()))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline && !child.stopping()) {
            child.requireAlive();
            try {
                HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    child.markReady();
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        if (!child.stopping()) {
            throw new StackFailure(app.name() + " was not ready on " + app.readinessUrl() + " within "
                    + READY_TIMEOUT.toSeconds() + " s (last answer: " + lastAnswer + ")" + ChildJvm.tail(logFile));
        }
    }

    @Override
    public void stop() {
        child.stop(STOP_GRACE);
    }

    @Override
    public String name() {
        return app.name();
    }

    @Override
    public String address() {
        return app.url();
    }

    @Override
    public Optional<String> managementAddress() {
        return app.managementUrl();
    }

    @Override
    public Optional<Path> logFile() {
        return Optional.of(logFile);
    }

    @Override
    public boolean external() {
        return false;
    }

    @Override
    public Optional<ProcessHandle> process() {
        return child.handle();
    }
}
