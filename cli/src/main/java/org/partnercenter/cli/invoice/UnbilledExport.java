package org.partnercenter.cli.invoice;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The unbilled line items' reconciliation file: POST /v1/invoices/unbilled/exports, followed to its parts. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the unbilled line items into gzip "
        + "parts in a folder, each checked by its SHA-256.")
final class UnbilledExport extends ExportCommand {

    @Option(names = "--period", defaultValue = "current", description = "current or previous (default: "
            + "${DEFAULT-VALUE}).")
    UnbilledPeriod period;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 (default: the partner's billing "
            + "currency).")
    String currency;

    @Option(names = "--partner", paramLabel = "TENANT_ID", description = "The operator only, and then required: the "
            + "partner whose lines to export.")
    String partner;

    @Override
    public Integer call() {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("billingPeriod", period.exportName());
        if (currency != null) {
            body.put("currencyCode", currency);
        }
        if (partner != null) {
            body.put("partnerTenantId", partner);
        }
        return export("/invoices/unbilled/exports", body);
    }
}
