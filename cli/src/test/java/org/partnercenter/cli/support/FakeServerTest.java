package org.partnercenter.cli.support;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the command line against a fake HTTP server (the wire only), with a home folder of its own per test. */
public abstract class FakeServerTest {

    @TempDir
    protected Path home;

    protected FakeServer server;
    protected CliRun cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeServer();
        cli = new CliRun(home);
    }

    /** Runs the command against the fake server with a given token, as a script signed in elsewhere would. */
    protected CliRun.Result runSignedIn(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        System.arraycopy(new String[] {"--api", server.url(), "--access-token", "t"}, 0, all, args.length, 4);
        return cli.run(all);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }
}
