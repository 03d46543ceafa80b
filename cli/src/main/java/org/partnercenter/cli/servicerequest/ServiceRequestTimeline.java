package org.partnercenter.cli.servicerequest;

import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Pages;
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
        Pages.Read read = Pages.read(api(), "/servicerequests/" + Query.encode(id) + "/timeline", global.all);
        printer().list(read.items(), ServiceRequestColumns.TIMELINE);
        hintMore(read.more());
        return ExitCodes.DONE;
    }
}
