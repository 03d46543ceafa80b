package org.partnercenter.cli;

import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How long a command that starts a long-running operation waits for its end (a picocli mixin). */
public final class WaitOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Duration timeout;

    /** Checked as it is parsed, so that a bad value starts nothing. */
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Wait at most this long for the operation to end (default: ${DEFAULT-VALUE}); it goes on "
                    + "on the server after that.")
    void timeoutSeconds(long seconds) {
        if (seconds < 1) {
            throw new ParameterException(command.commandLine(), "--timeout must be at least 1 second, got " + seconds);
        }
        timeout = Duration.ofSeconds(seconds);
    }

    public Duration timeout() {
        return timeout;
    }
}
