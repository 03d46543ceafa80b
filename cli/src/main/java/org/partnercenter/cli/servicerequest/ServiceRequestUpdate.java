package org.partnercenter.cli.servicerequest;

import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Set-PartnerServiceRequest. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = "Close (--status closed) or reopen (--status open) a request, change its severity, add a note.")
final class ServiceRequestUpdate extends CliCommand {

    @Parameters(paramLabel = "REQUEST_ID")
    String id;

    @Option(names = "--status", description = "open or closed (support sets attention_needed).")
    String status;

    @Option(names = "--severity", description = "minimal, moderate or critical.")
    String severity;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note added in the same change.")
    String note;

    @Override
    public Integer call() {
        ServiceRequestChange change = new ServiceRequestChange().status(status).severity(severity).note(note);
        if (change.isEmpty()) {
            throw CliFailure.usage("nothing to change: give --status, --severity or --note");
        }
        printer().one(change.sendTo(api(), id));
        return ExitCodes.DONE;
    }
}
