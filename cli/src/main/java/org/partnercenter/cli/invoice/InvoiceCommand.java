package org.partnercenter.cli.invoice;

import java.util.List;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Get-PartnerInvoice and Get-PartnerInvoiceLineItem; the statement, the exports and unbilled usage are subcommands in
 * files of their own.
 */
@Command(name = "invoice", mixinStandardHelpOptions = true, description = "The partner's invoices.",
        subcommands = {InvoiceCommand.ListInvoices.class, InvoiceCommand.Get.class, InvoiceCommand.LineItems.class,
                InvoiceStatement.class, InvoiceExport.class, UnbilledCommand.class})
public final class InvoiceCommand {

    static final List<Column> INVOICES = List.of(Column.of("ID", "id"), Column.of("DATE", "invoiceDate"),
            Column.of("PERIOD START", "billingPeriodStartDate"), Column.of("TOTAL", "totalCharges"),
            Column.of("CURRENCY", "currencyCode"), Column.of("STATUS", "paymentStatus"), Column.of("DUE", "dueDate"));

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List invoices, newest first.")
    static final class ListInvoices extends CliCommand {

        @Override
        public Integer call() {
            return list("/invoices", INVOICES);
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one invoice.")
    static final class Get extends CliCommand {

        @Parameters(paramLabel = "INVOICE_ID")
        String id;

        @Override
        public Integer call() {
            printer().one(api().get("/invoices/" + Query.encode(id)));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "lineitems", mixinStandardHelpOptions = true, description = "An invoice's line items.")
    static final class LineItems extends CliCommand {

        @Parameters(paramLabel = "INVOICE_ID")
        String id;

        @Option(names = "--provider", defaultValue = "OneTime", description = "(default: ${DEFAULT-VALUE})")
        String provider;

        @Option(names = "--type", defaultValue = "UsageLineItems", description = "(default: ${DEFAULT-VALUE})")
        String type;

        @Override
        public Integer call() {
            return list("/invoices/" + Query.encode(id) + "/lineitems/" + Query.encode(provider)
                    + "/" + Query.encode(type), List.of());
        }
    }
}
