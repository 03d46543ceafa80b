package org.partnercenter.cli.invoice;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.partnercenter.cli.http.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** An issued invoice's reconciliation file: POST /v1/invoices/{id}/exports, followed to its verified parts. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export an invoice's line items into gzip parts in a folder, each checked by its SHA-256.")
final class InvoiceExport extends ExportCommand {

    @Parameters(paramLabel = "INVOICE_ID")
    String id;

    @Override
    public Integer call() {
        return export("/invoices/" + Query.encode(id) + "/exports", JsonNodeFactory.instance.objectNode());
    }
}
