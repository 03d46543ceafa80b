package org.partnercenter.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A failure the user is told about in one line on stderr, with the exit code scripts branch on. Anything else
 * that escapes a command is a bug, reported the same way but with code 1 (and its stack trace under --debug).
 */
public class CliFailure extends RuntimeException {

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static CliFailure usage(String message) {
        return new CliFailure(ExitCodes.USAGE, message);
    }

    /** A file given that cannot be read, said plainly: the JDK's own message is often the bare path. */
    public static CliFailure cannotRead(Path file, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
        return usage("cannot read " + file + ": " + why);
    }

    public static CliFailure signInNeeded(String message) {
        return new CliFailure(ExitCodes.SIGN_IN_NEEDED, message);
    }
}
