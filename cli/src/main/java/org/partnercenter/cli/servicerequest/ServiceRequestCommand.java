package org.partnercenter.cli.servicerequest;

import picocli.CommandLine.Command;

/** Get-/New-/Set-PartnerServiceRequest, Get-PartnerServiceRequestTopic, and our escalation and timeline. */
@Command(name = "servicerequest", mixinStandardHelpOptions = true, description = "Support requests of the partner.",
        subcommands = {ServiceRequestList.class, ServiceRequestGet.class, ServiceRequestNew.class,
                ServiceRequestUpdate.class, ServiceRequestNote.class, ServiceRequestEscalate.class,
                ServiceRequestTimeline.class, SupportTopicList.class})
public final class ServiceRequestCommand {
}
