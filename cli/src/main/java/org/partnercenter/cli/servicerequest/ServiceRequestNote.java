package org.partnercenter.cli.servicerequest;

import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** A note alone: the PATCH the SDK sends with NewNote set. A note on a request waiting for the partner reopens it. */
@Command(name = "note", mixinStandardHelpOptions = true, description = "Add a note to a service request.")
final class ServiceRequestNote extends CliCommand {

    @Parameters(index = "0", paramLabel = "REQUEST_ID")
    String id;

    @Parameters(index = "1", paramLabel = "TEXT")
    String text;

    @Override
    public Integer call() {
        printer().one(new ServiceRequestChange().note(text).sendTo(api(), id));
        return ExitCodes.DONE;
    }
}
