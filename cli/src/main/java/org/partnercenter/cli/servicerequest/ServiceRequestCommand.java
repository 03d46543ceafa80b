package org.partnercenter.cli.servicerequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.JsonFile;
import org.partnercenter.cli.http.Pages;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Get-PartnerServiceRequest / New-PartnerServiceRequest. */
@Command(name = "servicerequest", mixinStandardHelpOptions = true, description = "Support requests of the partner.",
        subcommands = {ServiceRequestCommand.ListRequests.class, ServiceRequestCommand.Get.class,
                ServiceRequestCommand.New.class})
public final class ServiceRequestCommand {

    static final List<Column> COLUMNS = List.of(Column.of("ID", "id"), Column.of("TITLE", "title"),
            Column.of("SEVERITY", "severity"), Column.of("STATUS", "status"), Column.of("TOPIC", "supportTopicName"),
            Column.of("CREATED", "createdDate"));

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List service requests.")
    static final class ListRequests extends CliCommand {

        @Option(names = "--status", description = "open, attention_needed, closed, ...")
        String status;

        @Override
        public Integer call() {
            String path = "/servicerequests" + (status == null ? "" : "?status=" + Query.encode(status));
            Pages.Read read = Pages.read(api(), path, global.all);
            printer().list(read.items(), COLUMNS);
            hintMore(read.more());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one service request.")
    static final class Get extends CliCommand {

        @Parameters(paramLabel = "REQUEST_ID")
        String id;

        @Override
        public Integer call() {
            printer().one(api().get("/servicerequests/" + Query.encode(id)));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Open a service request.")
    static final class New extends CliCommand {

        @Option(names = "--title") String title;
        @Option(names = "--description") String description;
        @Option(names = "--severity", defaultValue = "moderate", description = "minimal, moderate or critical (default: ${DEFAULT-VALUE}).")
        String severity;
        @Option(names = "--topic", paramLabel = "TOPIC_ID", description = "A support topic id (GET /v1/servicerequests/supporttopics).")
        String topic;
        @Option(names = "--customer", paramLabel = "CUSTOMER_ID", description = "The customer the request is about.")
        String customer;
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
                body.put("customerId", customer);
            }
            return body;
        }
    }
}
