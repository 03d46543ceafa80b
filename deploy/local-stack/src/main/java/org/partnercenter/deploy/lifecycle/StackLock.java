package org.partnercenter.deploy.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.partnercenter.deploy.StackFailure;

/**
 * Makes sure one local stack runs per checkout, and cleans up after a launcher that was killed
 * outright ({@code kill -9}, a crashed IDE) and so could not run its shutdown hook.
 *
 * <p>{@code stack.pid} holds the launcher's process id; {@code stack.children} lists the processes
 * it started, each with its start time so that a recycled process id is never mistaken for one.
 */
public final class StackLock implements AutoCloseable {

    private final Path pidFile;
    private final Path childrenFile;

    private StackLock(Path workDir) {
        this.pidFile = workDir.resolve("stack.pid");
        this.childrenFile = workDir.resolve("stack.children");
    }

    /** Takes the lock, or fails naming the launcher that holds it. */
    public static StackLock acquire(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        StackLock lock = new StackLock(workDir);
        Optional<ProcessHandle> holder = lock.holder();
        if (holder.isPresent()) {
            throw new StackFailure("the local stack is already running (pid " + holder.get().pid()
                    + ", lock file " + lock.pidFile + "): stop it with Ctrl-C in its terminal or kill "
                    + holder.get().pid());
        }
        lock.reapOrphans();
        Files.deleteIfExists(lock.pidFile);
        try {
            Files.writeString(lock.pidFile, ProcessHandle.current().pid() + "\n", StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new StackFailure("another local stack started at the same moment (lock file " + lock.pidFile + ")");
        }
        Files.deleteIfExists(lock.childrenFile);
        return lock;
    }

    /** Notes a process the stack started, so that the next run can stop it if this launcher dies without cleaning up. */
    synchronized void recordChild(String part, ProcessHandle process) {
        String start = process.info().startInstant().map(Instant::toString).orElse("-");
        try {
            Files.writeString(childrenFile, process.pid() + " " + start + " " + part + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not record " + part + " in " + childrenFile + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(childrenFile);
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            System.err.println("could not remove the lock file " + pidFile + ": " + e.getMessage());
        }
    }

    /** The live launcher named in the lock file; a leftover file from a dead one does not count. */
    private Optional<ProcessHandle> holder() {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid)
                    .filter(p -> p.pid() != ProcessHandle.current().pid())
                    .filter(p -> p.info().command().orElse("").endsWith("java"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void reapOrphans() throws IOException {
        if (!Files.exists(childrenFile)) {
            return;
        }
        for (String line : Files.readAllLines(childrenFile, StandardCharsets.UTF_8)) {
            String[] fields = line.split(" ", 3);
            if (fields.length < 3) {
                continue;
            }
            ProcessHandle.of(Long.parseLong(fields[0]))
                    .filter(p -> p.info().startInstant().map(Instant::toString).orElse("-").equals(fields[1]))
                    .ifPresent(orphan -> stopOrphan(fields[2], orphan));
        }
    }

    private static void stopOrphan(String part, ProcessHandle orphan) {
        System.out.printf("stopping %s (pid %d) left running by a launcher that was killed%n", part, orphan.pid());
        orphan.destroy();
        orphan.onExit().completeOnTimeout(orphan, 30, TimeUnit.SECONDS).join();
        if (orphan.isAlive()) {
            orphan.destroyForcibly();
            orphan.onExit().completeOnTimeout(orphan, 5, TimeUnit.SECONDS).join();
        }
    }
}
