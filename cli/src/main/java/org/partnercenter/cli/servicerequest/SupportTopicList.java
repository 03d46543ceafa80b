package org.partnercenter.cli.servicerequest;

import org.partnercenter.cli.CliCommand;
import picocli.CommandLine.Command;

/** Get-PartnerServiceRequestTopic: the ids servicerequest new --topic takes. */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "List the support topics.")
final class SupportTopicList extends CliCommand {

    @Override
    public Integer call() {
        return list("/servicerequests/supporttopics", ServiceRequestColumns.TOPICS);
    }
}
