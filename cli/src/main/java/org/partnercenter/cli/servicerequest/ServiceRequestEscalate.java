package org.partnercenter.cli.servicerequest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Our addition to the real API: hands the request to the operator's support and starts its SLA clocks. */
@Command(name = "escalate", mixinStandardHelpOptions = true,
        description = "Escalate a service request to the operator's support.")
final class ServiceRequestEscalate extends CliCommand {

    @Parameters(paramLabel = "REQUEST_ID")
    String id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why support is needed.")
    String reason;

    @Override
    public Integer call() {
        var body = JsonNodeFactory.instance.objectNode().put("reason", reason);
        printer().one(api().send("POST", "/servicerequests/" + Query.encode(id) + "/escalate", body, Map.of())
                .body());
        return ExitCodes.DONE;
    }
}
