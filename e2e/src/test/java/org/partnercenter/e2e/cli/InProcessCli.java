package org.partnercenter.e2e.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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

        /** This result, or a failure that shows what the CLI said on stderr. */
        Result succeeded() {
            if (exitCode != 0) {
                throw new AssertionError("exit code " + exitCode + ": " + err);
            }
            return this;
        }

        /** stdout of {@code -o json} for one resource. */
        JsonNode json() {
            return parse(out);
        }

        /** stdout of {@code -o json} for a list: one item a line. */
        List<JsonNode> jsonLines() {
            return out.lines().map(InProcessCli::parse).toList();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** As a caller with a token from elsewhere (the suite's password grant), the cache left alone. */
    Result runAs(String token, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--access-token";
        all[args.length + 1] = token;
        return run(all);
    }

    /** {@code err} is read while the command runs (the device code's message). */
    Result run(StringWriter err, String... args) {
        StringWriter out = new StringWriter();
        CliEnvironment env = new CliEnvironment(Map.copyOf(variables), root, Optional.of(root),
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        int code = PartnerCenter.run(env, args);
        return new Result(code, out.toString(), err.toString());
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
