package org.partnercenter.cli.http;

import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;

/**
 * A 4xx or 5xx from the API: its {@code description} (the error shape's sentence for people) is the message, and
 * the status picks the exit code: 401 says sign in again, 404 is "not found", anything else a refusal.
 */
public final class ApiRefusal extends CliFailure {

    private final int status;

    public ApiRefusal(int status, String description) {
        super(exitCodeFor(status), description);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static int exitCodeFor(int status) {
        return switch (status) {
            case 401 -> ExitCodes.SIGN_IN_NEEDED;
            case 404 -> ExitCodes.NOT_FOUND;
            default -> ExitCodes.REFUSED;
        };
    }
}
