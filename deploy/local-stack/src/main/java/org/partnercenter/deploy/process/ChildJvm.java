package org.partnercenter.deploy.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.partnercenter.deploy.StackFailure;

/** Starts and stops the JVMs of the stack (the Kafka broker and the services) as child processes. */
public final class ChildJvm {

    /**
     * On Linux each long-running child gets its own session, so a Ctrl-C in the terminal reaches
     * only the launcher. Otherwise the terminal would signal every JVM at once, and the services
     * would shut down against a broker that is already going away; the launcher's shutdown hook
     * stops them in order instead.
     */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ChildJvm() {
    }

    /** Starts {@code java <arguments>} in the background, its output appended to {@code logFile}. */
    public static Process start(List<String> arguments, Path workingDir, Map<String, String> environment, Path logFile)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.addAll(javaCommand(arguments));
        return builder(command, workingDir, environment, logFile).start();
    }

    /** Runs {@code java <arguments>} to completion (a one-off tool); fails with the end of its output. */
    public static void run(String what, List<String> arguments, Path workingDir, Path logFile, Duration timeout)
            throws IOException, InterruptedException {
        Process process = builder(javaCommand(arguments), workingDir, Map.of(), logFile).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new StackFailure(what + " did not finish within " + timeout.toSeconds() + " s" + tail(logFile));
        }
        if (process.exitValue() != 0) {
            throw new StackFailure(what + " failed with exit code " + process.exitValue() + tail(logFile));
        }
    }

    /** Asks the process to stop (SIGTERM runs its shutdown hooks), then kills it if it has not stopped in time. */
    static void stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of a log file, ready to append to an error message. */
    public static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - 30), lines.size());
            return "\n--- last lines of " + logFile + " ---\n" + String.join("\n", last) + "\n---";
        } catch (IOException e) {
            return " (no log at " + logFile + ")";
        }
    }

    private static List<String> javaCommand(List<String> arguments) {
        List<String> command = new ArrayList<>();
        // The launcher's own JDK, so the stack needs nothing on the PATH.
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return command;
    }

    private static ProcessBuilder builder(List<String> command, Path workingDir, Map<String, String> environment,
            Path logFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        return builder;
    }
}
