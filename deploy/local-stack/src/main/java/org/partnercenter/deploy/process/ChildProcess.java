package org.partnercenter.deploy.process;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.partnercenter.deploy.StackFailure;

/**
 * The child JVM of one stack part and its lifecycle: once stopping, no new process starts, so a stop
 * racing a start never leaves one behind; an exit after the part was ready is reported, not swallowed.
 */
public final class ChildProcess {

    /** Starts the child JVM. */
    public interface Launch {
        Process start() throws IOException;
    }

    private final String name;
    private final Path logFile;
    private volatile Process process;
    private volatile boolean stopping;
    private volatile boolean ready; // until then, a start failure reports the exit itself

    public ChildProcess(String name, Path logFile) {
        this.name = name;
        this.logFile = logFile;
    }

    public void start(Launch launch) throws IOException {
        synchronized (this) {
            if (stopping) {
                return;
            }
            process = launch.start();
        }
        process.onExit().thenAccept(exited -> {
            if (ready && !stopping) {
                System.err.printf("%n%s exited unexpectedly (exit code %d): see %s%n", name, exited.exitValue(),
                        logFile);
            }
        });
    }

    public void stop(Duration grace) {
        Process running;
        synchronized (this) {
            stopping = true;
            running = process;
        }
        ChildJvm.stop(running, grace);
    }

    /**
     * SIGKILL, as a crash or the OOM killer would: no shutdown hook runs. Unlike {@link #stop}, the part may be
     * started again with {@link #start}; the exit is expected, so it is not reported.
     */
    public void kill() {
        Process running = process;
        ready = false;
        if (running != null) {
            running.destroyForcibly();
            running.onExit().join();
        }
    }

    /** A clean stop (SIGTERM, SIGKILL after the grace) after which the part may be started again. */
    public void halt(Duration grace) {
        ready = false;
        ChildJvm.stop(process, grace);
    }

    /** kill -STOP (true) or kill -CONT (false): the process freezes in place, holding its sockets and locks. */
    public void pause(boolean paused) throws IOException, InterruptedException {
        Process running = process;
        if (running == null) {
            return;
        }
        Process signal = new ProcessBuilder("kill", paused ? "-STOP" : "-CONT", Long.toString(running.pid()))
                .redirectErrorStream(true).start();
        if (signal.waitFor() != 0) {
            throw new StackFailure("kill " + (paused ? "-STOP " : "-CONT ") + running.pid() + " failed");
        }
    }

    public void markReady() {
        ready = true;
    }

    public boolean stopping() {
        return stopping;
    }

    /** Fails with the end of the log when the process has already exited. */
    public void requireAlive() {
        Process current = process;
        if (current != null && !current.isAlive()) {
            throw new StackFailure(name + " exited with code " + current.exitValue() + ChildJvm.tail(logFile));
        }
    }

    public Optional<ProcessHandle> handle() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }
}
