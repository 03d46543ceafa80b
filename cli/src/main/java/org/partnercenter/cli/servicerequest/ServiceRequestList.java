package org.partnercenter.cli.servicerequest;

import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.http.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Get-PartnerServiceRequest, or with --customer the real API's customer-scoped list. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List service requests, oldest first.")
final class ServiceRequestList extends CliCommand {

    @Option(names = "--status", description = "open, attention_needed or closed.")
    String status;

    @Option(names = "--customer", paramLabel = "CUSTOMER_ID", description = "Only the requests about this customer.")
    UUID customer;

    @Override
    public Integer call() {
        String path = Query.path((customer == null ? "" : "/customers/" + customer) + "/servicerequests")
                .param("status", status).toString();
        return list(path, ServiceRequestColumns.REQUESTS);
    }
}
