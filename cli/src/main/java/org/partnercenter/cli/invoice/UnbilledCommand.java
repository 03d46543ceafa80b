package org.partnercenter.cli.invoice;

import java.util.List;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Get-PartnerUnbilledInvoiceLineItem and Get-PartnerUsageSummary: what the next invoice will bill so far. */
@Command(name = "unbilled", mixinStandardHelpOptions = true, description = "Usage not invoiced yet.",
        subcommands = {UnbilledCommand.LineItems.class, UnbilledCommand.Summary.class, UnbilledExport.class})
final class UnbilledCommand {

    static final List<Column> LINE_ITEMS = List.of(Column.of("DATE", "usageDate"),
            Column.of("CUSTOMER", "customerName"), Column.of("SUBSCRIPTION", "subscriptionId"),
            Column.of("METER", "meterName"), Column.of("QUANTITY", "quantity"), Column.of("UNIT", "unitOfMeasure"),
            Column.of("TOTAL", "billingPreTaxTotal"), Column.of("CURRENCY", "billingCurrency"));

    @Command(name = "lineitems", mixinStandardHelpOptions = true,
            description = "The daily rated usage line items not billed yet.")
    static final class LineItems extends CliCommand {

        @Option(names = "--currency", paramLabel = "CODE", required = true, description = "ISO 4217: the billing "
                + "currency.")
        String currency;

        @Option(names = "--period", defaultValue = "current", description = "current or previous (default: "
                + "${DEFAULT-VALUE}).")
        UnbilledPeriod period;

        @Option(names = "--partner", paramLabel = "TENANT_ID", description = "The operator only, and then required: "
                + "the partner whose lines to read.")
        String partner;

        @Override
        public Integer call() {
            Query query = Query.path("/invoices/unbilled/lineitems").param("provider", "onetime")
                    .param("invoicelineitemtype", "usagelineitems").param("currencycode", currency)
                    .param("period", period).param("partnerTenantId", partner);
            return list(query.toString(), LINE_ITEMS);
        }
    }

    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = "The partner's rated usage so far this billing period, over all its customers.")
    static final class Summary extends CliCommand {

        @Option(names = "--partner", paramLabel = "TENANT_ID", description = "The operator only: the partner.")
        String partner;

        @Override
        public Integer call() {
            printer().one(api().get(Query.path("/usagesummary").param("partnerTenantId", partner).toString()));
            return ExitCodes.DONE;
        }
    }
}
