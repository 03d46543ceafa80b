package org.partnercenter.e2e.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.partnercenter.cli.CliEnvironment;
import org.partnercenter.cli.PartnerCenter;

/**
 * The CLI's picocli entry point called in this JVM (no JVM start per command), with a config folder of its own and
 * the repository root the launcher would give, so that it finds the suite's stack.json as ./partnercenter does.
 */
final class InProcessCli {

    record Result(int exitCode, String out, String err) {
    }

    private final Map<String, String> variables = new HashMap<>();
    private final Path root = Path.of(System.getProperty("pc.root", "..")).toAbsolutePath().normalize();

    InProcessCli(Path configHome) {
        variables.put("XDG_CONFIG_HOME", configHome.toString());
        variables.put("COLUMNS", "200");
        Optional.ofNullable(System.getenv("PC_STACK_DIR")).ifPresent(dir -> variables.put("PC_STACK_DIR", dir));
    }

    Result run(String... args) {
        return run(new StringWriter(), args);
    }

    /** {@code err} is read while the command runs (the device code's message). */
    Result run(StringWriter err, String... args) {
        StringWriter out = new StringWriter();
        CliEnvironment env = new CliEnvironment(Map.copyOf(variables), root, Optional.of(root),
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        int code = PartnerCenter.run(env, args);
        return new Result(code, out.toString(), err.toString());
    }
}
