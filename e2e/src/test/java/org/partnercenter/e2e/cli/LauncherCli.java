package org.partnercenter.e2e.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code ./partnercenter} launcher at the repository root run as a process of its own, as a user runs it: with
 * a config folder of its own ({@code XDG_CONFIG_HOME}) and the suite's {@code PC_STACK_DIR}, so that it finds the
 * suite's stack.json as {@link InProcessCli} does. Its streams go to files, so a long run never blocks on a pipe.
 */
final class LauncherCli {

    record Result(int exitCode, String out, String err) {
    }

    /** A run under way: it can be waited for or killed. */
    final class Running {

        private final Process process;
        private final Path out;
        private final Path err;

        private Running(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** As a crash or a power cut would end it: no shutdown hook, no last write. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }

        Result await(Duration timeout) throws InterruptedException, IOException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./partnercenter did not end within " + timeout.toSeconds() + " s: "
                        + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    private final Path root = Path.of(System.getProperty("pc.root", "..")).toAbsolutePath().normalize();
    private final Path configHome;
    private int runs;

    LauncherCli(Path configHome) {
        this.configHome = configHome.toAbsolutePath();
    }

    Path configFolder() {
        return configHome.resolve("partnercenter");
    }

    Result run(String... args) throws IOException, InterruptedException {
        return start(args).await(Duration.ofSeconds(60));
    }

    Running start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(root.resolve("partnercenter").toString()));
        command.addAll(List.of(args));
        int run = ++runs;
        Path out = configHome.resolve("run-" + run + ".out");
        Path err = configHome.resolve("run-" + run + ".err");
        Files.createDirectories(configHome);
        ProcessBuilder launcher = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = launcher.environment();
        env.put("XDG_CONFIG_HOME", configHome.toString());
        env.put("COLUMNS", "200");
        // The launcher needs a java on the PATH: the suite's own, whatever the build's shell had.
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", ""));
        env.remove("PC_STACK_DIR");
        Optional.ofNullable(System.getenv("PC_STACK_DIR")).ifPresent(dir -> env.put("PC_STACK_DIR", dir));
        try {
            return new Running(launcher.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        }
    }
}
