package org.partnercenter.cli.servicerequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * In a table the notes follow the request's fields as a table of their own: in the FIELD/VALUE table they would be
 * one cell of JSON, cut at the terminal's edge. JSON and CSV keep the API's shape.
 */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one service request with its notes.")
final class ServiceRequestGet extends CliCommand {

    @Parameters(paramLabel = "REQUEST_ID")
    String id;

    @Override
    public Integer call() {
        JsonNode request = api().get("/servicerequests/" + Query.encode(id));
        if (global.output != OutputFormat.table || !request.path("notes").isArray()) {
            printer().one(request);
            return ExitCodes.DONE;
        }
        List<JsonNode> notes = new ArrayList<>();
        request.path("notes").forEach(notes::add);
        ObjectNode fields = ((ObjectNode) request).deepCopy();
        fields.remove("notes");
        printer().one(fields);
        env().out().println();
        printer().list(notes, ServiceRequestColumns.NOTES);
        return ExitCodes.DONE;
    }
}
