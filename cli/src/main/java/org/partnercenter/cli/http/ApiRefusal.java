package org.partnercenter.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;

/**
 * A 4xx or 5xx from the API: its {@code description} (the error shape's sentence for people) is the message, and
 * the status picks the exit code: 401 says sign in again, 404 is "not found", anything else a refusal. The error's
 * {@code data} (the rows of a refused price list, the records of a refused usage batch) is kept for commands that
 * list them.
 */
public final class ApiRefusal extends CliFailure {

    private final int status;
    private final transient JsonNode error;

    public ApiRefusal(int status, String description) {
        this(status, description, MissingNode.getInstance());
    }

    public ApiRefusal(int status, String description, JsonNode error) {
        super(exitCodeFor(status), description);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    /** The error shape's {@code data}: one sentence per bad field, row or record; empty when it has none. */
    public List<String> data() {
        List<String> data = new ArrayList<>();
        error.path("data").forEach(entry -> data.add(entry.asText()));
        return data;
    }

    static int exitCodeFor(int status) {
        return switch (status) {
            case 401 -> ExitCodes.SIGN_IN_NEEDED;
            case 404 -> ExitCodes.NOT_FOUND;
            default -> ExitCodes.REFUSED;
        };
    }
}
