package org.partnercenter.cli.servicerequest;

import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Pages;
import picocli.CommandLine.Command;

/** Get-PartnerServiceRequestTopic: the ids servicerequest new --topic takes. */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "List the support topics.")
final class SupportTopicList extends CliCommand {

    @Override
    public Integer call() {
        Pages.Read read = Pages.read(api(), "/servicerequests/supporttopics", global.all);
        printer().list(read.items(), ServiceRequestColumns.TOPICS);
        hintMore(read.more());
        return ExitCodes.DONE;
    }
}
