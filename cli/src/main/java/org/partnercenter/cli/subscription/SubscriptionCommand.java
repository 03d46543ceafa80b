package org.partnercenter.cli.subscription;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Etags;
import org.partnercenter.cli.output.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Get-PartnerCustomerSubscription / Set-PartnerCustomerSubscription. */
@Command(name = "subscription", mixinStandardHelpOptions = true, description = "A customer's subscriptions.",
        subcommands = {SubscriptionCommand.ListSubscriptions.class, SubscriptionCommand.Get.class,
                SubscriptionCommand.Set.class})
public final class SubscriptionCommand {

    static final List<Column> COLUMNS = List.of(Column.of("ID", "id"), Column.of("NAME", "friendlyName"),
            Column.of("OFFER", "offerName"), Column.of("QUANTITY", "quantity"), Column.of("STATUS", "status"),
            Column.of("CREATED", "creationDate"));

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a customer's subscriptions.")
    static final class ListSubscriptions extends CliCommand {

        @Parameters(paramLabel = "CUSTOMER_ID")
        UUID customer;

        @Override
        public Integer call() {
            return list("/customers/" + customer + "/subscriptions", COLUMNS);
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one subscription.")
    static final class Get extends CliCommand {

        @Parameters(index = "0", paramLabel = "CUSTOMER_ID")
        UUID customer;

        @Parameters(index = "1", paramLabel = "SUBSCRIPTION_ID")
        UUID subscription;

        @Override
        public Integer call() {
            printer().one(api().get("/customers/" + customer + "/subscriptions/" + subscription));
            return ExitCodes.DONE;
        }
    }

    /** A PATCH with the etag just read, as the SDK sends the Subscription it read. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Rename, change the quantity, suspend (--status suspended) or reactivate (--status active).")
    static final class Set extends CliCommand {

        @Parameters(index = "0", paramLabel = "CUSTOMER_ID")
        UUID customer;

        @Parameters(index = "1", paramLabel = "SUBSCRIPTION_ID")
        UUID subscription;

        @Option(names = "--name", description = "The friendly name.")
        String name;

        @Option(names = "--quantity", description = "The number of licences or units.")
        Integer quantity;

        @Option(names = "--status", description = "active or suspended.")
        String status;

        @Override
        public Integer call() {
            if (name == null && quantity == null && status == null) {
                throw CliFailure.usage("nothing to change: give --name, --quantity or --status");
            }
            String path = "/customers/" + customer + "/subscriptions/" + subscription;
            String etag = Etags.of(api().get(path));
            ObjectNode patch = JsonNodeFactory.instance.objectNode();
            if (name != null) {
                patch.put("friendlyName", name);
            }
            if (quantity != null) {
                patch.put("quantity", quantity);
            }
            if (status != null) {
                patch.put("status", status);
            }
            printer().one(api().send("PATCH", path, patch, Etags.ifMatch(etag)).body());
            return ExitCodes.DONE;
        }
    }
}
