package org.partnercenter.deploy.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.partnercenter.deploy.StackFailure;
import org.partnercenter.deploy.lifecycle.FileTree;

/**
 * A real PostgreSQL server from the binaries zonky ships in a Maven artifact, with a fresh data
 * directory on every start. The binaries are unpacked once and reused.
 */
public final class EmbeddedPostgresServer {

    private final int port;
    private final Path workDir;
    private final Path logFile;
    private EmbeddedPostgres server;
    private volatile ProcessHandle postmaster;
    private boolean stopped;

    public EmbeddedPostgresServer(int port, Path workDir, Path logFile) {
        this.port = port;
        this.workDir = workDir;
        this.logFile = logFile;
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    Optional<ProcessHandle> postmaster() {
        return Optional.ofNullable(postmaster);
    }

    /**
     * Returns once the server accepts connections. Synchronized with stop(): a Ctrl-C during the
     * few seconds of startup waits for it, then stops the server cleanly.
     */
    synchronized void start() throws IOException {
        if (stopped) {
            return;
        }
        Path data = workDir.resolve("data");
        stopLeftoverServer(data);
        FileTree.delete(data);
        Files.createDirectories(logFile.getParent());
        Files.deleteIfExists(logFile);
        // zonky keeps its instance directories under this "working dir" (java.io.tmpdir by default).
        System.setProperty("ot.epg.working-dir", workDir.toString());
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        server = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(workDir.resolve("binaries").toFile())
                .setRegisterShutdownHook(false) // the launcher stops the stack in order itself
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        postmaster = readPostmaster(data).orElse(null);
    }

    /**
     * pg_ctl restart on the same data directory (fault injection): every connection is cut, nothing stored is
     * lost, the server comes back on the same port with the options it was started with (postmaster.opts).
     */
    synchronized void restart() throws IOException, InterruptedException {
        Path data = workDir.resolve("data");
        // Next to the running server's own binary: zonky unpacks the binaries once per JVM, not once per server.
        Path pgCtl = postmaster().flatMap(p -> p.info().command()).map(Path::of)
                .map(postgres -> postgres.resolveSibling("pg_ctl"))
                .orElseThrow(() -> new StackFailure("PostgreSQL is not running: nothing to restart"));
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // pg_ctl refuses to run as root; zonky runs it in a user namespace (unshare -U) there, so the same here.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", data.toString(), "-m", "fast", "-w", "-l", logFile.toString(),
                "restart"));
        Process restart = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        if (!restart.waitFor(60, TimeUnit.SECONDS) || restart.exitValue() != 0) {
            restart.destroyForcibly();
            throw new StackFailure("pg_ctl restart failed: see " + logFile);
        }
        postmaster = readPostmaster(data).orElse(null);
    }

    synchronized void stop() {
        stopped = true;
        try {
            if (server != null) {
                server.close(); // pg_ctl stop -m fast, then removes the data directory
            }
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        if (postmaster != null) {
            awaitExit(postmaster);
        }
    }

    /** A server left running by a launcher that was killed outright would hold the port and the data directory. */
    private static void stopLeftoverServer(Path data) {
        readPostmaster(data).ifPresent(leftover -> {
            leftover.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown
            awaitExit(leftover);
        });
    }

    /**
     * pg_ctl reports "stopped" once postmaster.pid is gone, a moment before the process exits; a
     * server that ignored the request (pg_ctl gives up after 5 s) is killed with its backends.
     */
    private static void awaitExit(ProcessHandle server) {
        server.onExit().completeOnTimeout(server, 10, TimeUnit.SECONDS).join();
        if (server.isAlive()) {
            List<ProcessHandle> backends = server.children().toList();
            server.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The first line of postmaster.pid is the server's process id. */
    private static Optional<ProcessHandle> readPostmaster(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            Optional<ProcessHandle> process = lines.isEmpty()
                    ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
            // The file outlives a reboot, and its process id may since belong to another program.
            return process.filter(p -> p.info().command().orElse("").endsWith("postgres"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
