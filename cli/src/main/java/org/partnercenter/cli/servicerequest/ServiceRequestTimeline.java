package org.partnercenter.cli.servicerequest;

import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.http.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Every change of a service request, oldest first: who, what, when.")
final class ServiceRequestTimeline extends CliCommand {

    @Parameters(paramLabel = "REQUEST_ID")
    String id;

    @Override
    public Integer call() {
        return list("/servicerequests/" + Query.encode(id) + "/timeline", ServiceRequestColumns.TIMELINE);
    }
}
