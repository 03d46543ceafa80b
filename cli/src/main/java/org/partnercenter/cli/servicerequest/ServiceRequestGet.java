package org.partnercenter.cli.servicerequest;

import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one service request with its notes.")
final class ServiceRequestGet extends CliCommand {

    @Parameters(paramLabel = "REQUEST_ID")
    String id;

    @Override
    public Integer call() {
        printer().one(api().get("/servicerequests/" + Query.encode(id)));
        return ExitCodes.DONE;
    }
}
