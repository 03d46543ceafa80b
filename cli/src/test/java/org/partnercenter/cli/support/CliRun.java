package org.partnercenter.cli.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.partnercenter.cli.CliEnvironment;
import org.partnercenter.cli.PartnerCenter;

/** Runs the CLI in this JVM with a config folder of the test's own and no stack.json, and keeps both streams. */
public final class CliRun {

    private final Map<String, String> variables = new HashMap<>();
    private final Path home;
    private boolean terminal;

    public CliRun(Path home) {
        this.home = home;
        variables.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        variables.put("COLUMNS", "120");
    }

    public CliRun with(String variable, String value) {
        variables.put(variable, value);
        return this;
    }

    /** Runs as if a person watched on a terminal: progress is drawn on stderr. */
    public CliRun onTerminal() {
        terminal = true;
        return this;
    }

    public Path configFolder() {
        return home.resolve("config/partnercenter");
    }

    /** The exit code and what went to stdout and stderr. */
    public record Result(int exitCode, String out, String err) {
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // The working folder is the test's: no target/local-stack/stack.json of a running stack is picked up.
        CliEnvironment env = new CliEnvironment(Map.copyOf(variables), home, Optional.empty(),
                new PrintWriter(out, true), new PrintWriter(err, true), terminal);
        int code = PartnerCenter.run(env, args);
        return new Result(code, out.toString(), err.toString());
    }
}
