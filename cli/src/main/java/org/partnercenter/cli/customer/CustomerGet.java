package org.partnercenter.cli.customer;

import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one customer (Get-PartnerCustomer -CustomerId).")
final class CustomerGet extends CliCommand {

    @Parameters(paramLabel = "CUSTOMER_ID", description = "The customer's tenant id.")
    UUID id;

    @Override
    public Integer call() {
        printer().one(api().get("/customers/" + id));
        return ExitCodes.DONE;
    }
}
