package org.partnercenter.cli.partner;

import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one partner organisation.")
final class PartnerGet extends CliCommand {

    @Parameters(paramLabel = "TENANT_ID")
    UUID tenant;

    @Override
    public Integer call() {
        printer().one(api().get("/partners/" + tenant));
        return ExitCodes.DONE;
    }
}
