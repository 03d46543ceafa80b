package org.partnercenter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a run sees of the outside world: its environment variables, working folder, the repository root the
 * launcher names, and its two streams. Passed in rather than read from System so that tests run the CLI
 * in-process with an environment and a config folder of their own. {@code terminal}: a person is watching (the
 * JVM has a console: stdin and stdout are a terminal), so long work may draw progress on stderr; never when the
 * output is piped or captured.
 */
public record CliEnvironment(Map<String, String> variables, Path workingDirectory, Optional<Path> root,
        PrintWriter out, PrintWriter err, boolean terminal) {

    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), Path.of("").toAbsolutePath(),
                Optional.ofNullable(System.getProperty("partnercenter.root")).map(Path::of),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), isTerminal(System.console()));
    }

    /**
     * Up to Java 21 a console exists only on a terminal; from 22 on there is one even when the output is piped, and
     * only its {@code isTerminal()} (absent before 22, hence looked up) tells. Public for the tests.
     */
    public static boolean isTerminal(Object console) {
        if (console == null) {
            return false;
        }
        try {
            Class<?> type = console instanceof java.io.Console ? java.io.Console.class : console.getClass();
            return (Boolean) type.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException before22) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // when it cannot be told, no progress: a script's log stays clean
        }
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    /** $XDG_CONFIG_HOME/partnercenter, else ~/.config/partnercenter, as the XDG base directory spec says. */
    public Path configFolder() {
        Path base = variable("XDG_CONFIG_HOME").map(Path::of)
                .orElseGet(() -> Path.of(variable("HOME").orElse(System.getProperty("user.home")), ".config"));
        return base.resolve("partnercenter");
    }

    /** The terminal's width as the shell exports it; 120 when it does not (pipes, CI). */
    public int terminalWidth() {
        try {
            return Math.max(40, Integer.parseInt(variable("COLUMNS").orElse("120").trim()));
        } catch (NumberFormatException e) {
            return 120;
        }
    }
}
