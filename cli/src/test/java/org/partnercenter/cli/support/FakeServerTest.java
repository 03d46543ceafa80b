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

    @AfterEach
    void stopServer() {
        server.close();
    }
}
