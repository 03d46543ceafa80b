package org.partnercenter.cli.servicerequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.JsonFile;
import org.partnercenter.cli.http.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** New-PartnerServiceRequest. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Open a service request.")
final class ServiceRequestNew extends CliCommand {

    @Option(names = "--title") String title;
    @Option(names = "--description") String description;
    @Option(names = "--severity", defaultValue = "moderate", description = "minimal, moderate or critical (default: ${DEFAULT-VALUE}).")
    String severity;
    @Option(names = "--topic", paramLabel = "TOPIC_ID", description = "A support topic's id (servicerequest topics).")
    Long topic;
    @Option(names = "--customer", paramLabel = "CUSTOMER_ID", description = "The customer the request is about.")
    UUID customer;
    @Option(names = "--locale", defaultValue = "en-US", description = "The agent's locale (default: ${DEFAULT-VALUE}).")
    String locale;
    @Option(names = "--file", paramLabel = "FILE", description = "The whole body as JSON instead of the flags.")
    Path file;

    @Override
    public Integer call() {
        JsonNode body = file != null ? JsonFile.read(file) : fromFlags();
        printer().one(api().send("POST", "/servicerequests/" + Query.encode(locale), body, Map.of()).body());
        return ExitCodes.DONE;
    }

    private ObjectNode fromFlags() {
        if (title == null || description == null || topic == null) {
            throw CliFailure.usage("a new request needs --title, --description and --topic (or --file)");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("title", title).put("description", description)
                .put("severity", severity).put("supportTopicId", topic);
        if (customer != null) {
            body.put("customerId", customer.toString());
        }
        return body;
    }
}
