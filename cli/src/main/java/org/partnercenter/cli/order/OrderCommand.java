package org.partnercenter.cli.order;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** New-PartnerCustomerOrder for the one offer this suite sells: the Azure plan. */
@Command(name = "order", mixinStandardHelpOptions = true, description = "Orders for a customer.",
        subcommands = OrderCommand.AzurePlan.class)
public final class OrderCommand {

    /** The Azure plan's offer id in the real catalogue. */
    static final String AZURE_PLAN = "DZH318Z0BCZC";

    @Command(name = "azure-plan", mixinStandardHelpOptions = true,
            description = "Order an Azure plan for the customer; prints the order with its new subscription.")
    static final class AzurePlan extends CliCommand {

        @Parameters(paramLabel = "CUSTOMER_ID")
        UUID customer;

        @Option(names = "--name", defaultValue = "Azure plan", description = "The subscription's friendly name (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        public Integer call() {
            ObjectNode order = JsonNodeFactory.instance.objectNode()
                    .put("referenceCustomerId", customer.toString()).put("billingCycle", "monthly");
            order.putArray("lineItems").addObject().put("lineItemNumber", 0).put("offerId", AZURE_PLAN)
                    .put("friendlyName", name).put("quantity", 1);
            printer().one(api().send("POST", "/customers/" + customer + "/orders", order, Map.of()).body());
            return ExitCodes.DONE;
        }
    }
}
