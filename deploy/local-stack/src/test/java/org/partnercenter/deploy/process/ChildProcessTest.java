package org.partnercenter.deploy.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fault suite's handles on a child: SIGKILL and start again, pause and resume; a stop stays final. */
class ChildProcessTest {

    @TempDir
    Path dir;

    private ChildProcess child;

    @AfterEach
    void stopChild() {
        if (child != null) {
            child.stop(Duration.ofSeconds(1));
        }
    }

    private Process sleeper() throws IOException {
        return new ProcessBuilder("sleep", "60").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile())).start();
    }

    @Test
    void shouldStartAnewProcessWhenStartedAgainAfterAKill() throws IOException {
        child = new ChildProcess("sleeper", dir.resolve("child.log"));
        child.start(this::sleeper);
        ProcessHandle first = child.handle().orElseThrow();

        child.kill();
        child.start(this::sleeper);

        assertThat(first.isAlive()).isFalse();
        assertThat(child.handle().orElseThrow().pid()).isNotEqualTo(first.pid());
        assertThat(child.handle().orElseThrow().isAlive()).isTrue();
    }

    @Test
    void shouldNotStartAgainWhenStopped() throws IOException {
        child = new ChildProcess("sleeper", dir.resolve("child.log"));
        child.start(this::sleeper);
        ProcessHandle first = child.handle().orElseThrow();

        child.stop(Duration.ofSeconds(1));
        child.start(this::sleeper);

        assertThat(child.handle().orElseThrow().pid()).isEqualTo(first.pid());
        assertThat(first.isAlive()).isFalse();
    }

    @Test
    void shouldFreezeTheProcessWhenPausedAndThawItWhenResumed() throws Exception {
        child = new ChildProcess("sleeper", dir.resolve("child.log"));
        child.start(this::sleeper);
        long pid = child.handle().orElseThrow().pid();

        child.pause(true);
        String paused = state(pid);
        child.pause(false);
        String resumed = state(pid);

        assertThat(paused).isEqualTo("T");
        assertThat(resumed).isEqualTo("S");
    }

    /** The third field of /proc/pid/stat: R running, S sleeping, T stopped. */
    private static String state(long pid) throws Exception {
        Thread.sleep(100);
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    }
}
