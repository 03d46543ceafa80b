package org.partnercenter.cli.billingperiod;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.WaitOptions;
import org.partnercenter.cli.http.ApiResponse;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The operator's billing periods: their state per partner, and the close that issues their invoices. */
@Command(name = "billingperiod", mixinStandardHelpOptions = true, description = "Billing periods (the operator's).",
        subcommands = {BillingPeriodCommand.ListPeriods.class, BillingPeriodCommand.Close.class})
public final class BillingPeriodCommand {

    static final List<Column> PERIODS = List.of(Column.of("PERIOD", "billingPeriod"),
            Column.of("PARTNER", "partnerTenantId"), Column.of("STATE", "state"),
            Column.of("CLOSED", "closedDateTime"), Column.of("INVOICES", "invoiceCount"));

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Each partner's periods with usage or a close: open, ended or closed; newest first.")
    static final class ListPeriods extends CliCommand {

        @Option(names = "--period", paramLabel = "YYYY-MM", description = "Only this period.")
        YearMonth period;

        @Option(names = "--partner", paramLabel = "TENANT_ID", description = "Only this partner.")
        UUID partner;

        @Option(names = "--size", paramLabel = "N", description = "Items per page.")
        Integer size;

        @Override
        public Integer call() {
            Query query = Query.path("/billingperiods").param("billingPeriod", period)
                    .param("partnerTenantId", partner).param("size", size);
            return list(query.toString(), PERIODS);
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Close an ended month for every partner, "
            + "or one: issues their invoices. Waits for the close to end and shows its operation.")
    static final class Close extends CliCommand {

        @Parameters(paramLabel = "YYYY-MM")
        YearMonth period;

        @Option(names = "--partner", paramLabel = "TENANT_ID", description = "Close this partner only.")
        UUID partner;

        @Mixin
        WaitOptions wait;

        @Override
        public Integer call() {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            if (partner != null) {
                body.put("partnerTenantId", partner.toString());
            }
            ApiResponse accepted = api().send("POST", "/billingperiods/" + period + "/close", body, Map.of());
            printer().one(follow(accepted, wait, "closing " + period));
            return ExitCodes.DONE;
        }
    }
}
