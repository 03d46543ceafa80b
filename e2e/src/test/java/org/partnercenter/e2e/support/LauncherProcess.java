package org.partnercenter.e2e.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged local-stack launcher, run by the suite as a child process with {@code --no-demo}: the suite
 * makes its own partners. Stopping it is a SIGTERM, which runs the launcher's shutdown hook as Ctrl-C does.
 */
final class LauncherProcess {

    /** Everything starts at once on a two-core machine that may be busy with other builds. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    /**
     * The authorization and fuzz suites send thousands of requests a minute as a handful of partners: the stack
     * the suite starts runs the gateway (which reads these through Quarkus' environment mapping, passed on by
     * the launcher to its children) with the throttle raised far above them. A value the build sets wins.
     */
    private static final Map<String, String> RAISED_THROTTLE = Map.of(
            "GATEWAY_THROTTLING_READS_PER_MINUTE", "100000",
            "GATEWAY_THROTTLING_WRITES_PER_MINUTE", "100000",
            "GATEWAY_THROTTLING_PER_CUSTOMER_PER_MINUTE", "100000");

    private final Process process;
    private final Path log;

    private LauncherProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Inherits this JVM's environment, so the PC_* settings given to the build move the stack's ports too. */
    static LauncherProcess start(StackLocation location, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Dpc.root=" + location.root(), "-jar", location.launcherJar().toString(), "--no-demo")
                .directory(location.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        RAISED_THROTTLE.forEach(launcher.environment()::putIfAbsent);
        Process process = launcher.start();
        return new LauncherProcess(process, log);
    }

    /** Waits for stack.json, which the launcher writes once every part is ready. */
    StackDescription awaitReady(StackLocation location) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the local stack did not start (launcher exit code "
                        + process.exitValue() + ")" + tail());
            }
            if (Files.isRegularFile(location.stackJson())) {
                StackDescription stack = StackDescription.read(location.stackJson());
                if (stack.launcherPid() == process.pid()) {
                    return stack;
                }
            }
            Thread.sleep(250);
        }
        stop();
        throw new IllegalStateException("the local stack was not ready within " + START_TIMEOUT.toSeconds() + " s"
                + tail());
    }

    /**
     * Stops the stack as Ctrl-C would, then checks that it left nothing behind: no process it started is
     * alive and none of its ports is still bound.
     */
    void stopAndVerify(StackDescription stack) throws InterruptedException {
        List<ProcessHandle> started = process.descendants().toList();
        stop();
        List<String> leftovers = new ArrayList<>();
        started.stream().filter(ProcessHandle::isAlive)
                .forEach(p -> leftovers.add("process " + p.pid() + " " + p.info().commandLine().orElse("")));
        stack.ports().stream().filter(LauncherProcess::isBound).forEach(port -> leftovers.add("port " + port));
        if (!leftovers.isEmpty()) {
            started.forEach(ProcessHandle::destroyForcibly);
            throw new AssertionError("the stopped stack left behind: " + leftovers + tail());
        }
    }

    private void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the launcher did not stop within " + STOP_TIMEOUT.toSeconds()
                    + " s of SIGTERM" + tail());
        }
    }

    private static boolean isBound(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return " (no launcher log at " + log + ")";
        }
    }
}
