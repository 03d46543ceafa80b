package org.partnercenter.cli.payment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Payments against issued invoices: the operator records them, partners read their own. */
@Command(name = "payment", mixinStandardHelpOptions = true, description = "Payments of invoices.",
        subcommands = {PaymentCommand.Record.class, PaymentCommand.ListPayments.class, PaymentCommand.Get.class})
public final class PaymentCommand {

    static final List<Column> PAYMENTS = List.of(Column.of("ID", "id"), Column.of("INVOICE", "invoiceId"),
            Column.of("AMOUNT", "amount"), Column.of("CURRENCY", "currencyCode"), Column.of("DATE", "paymentDate"),
            Column.of("REFERENCE", "reference"), Column.of("CREDITED", "creditedAmount"));

    @Command(name = "record", mixinStandardHelpOptions = true, description = "Record a payment of an issued invoice "
            + "(the operator's); what exceeds its balance becomes the partner's credit.")
    static final class Record extends CliCommand {

        @Option(names = "--invoice", paramLabel = "INVOICE_ID", required = true) String invoice;
        @Option(names = "--amount", paramLabel = "AMOUNT", required = true,
                description = "In the invoice's currency, e.g. 120.50.") BigDecimal amount;
        @Option(names = "--currency", paramLabel = "CODE", required = true,
                description = "The invoice's currency (ISO 4217).") String currency;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it was paid (default: today, UTC).")
        LocalDate date;
        @Option(names = "--reference", description = "The bank's or the partner's reference.") String reference;

        @Override
        public Integer call() {
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("invoiceId", invoice).put("amount", amount)
                    .put("currencyCode", currency);
            if (date != null) {
                body.put("paymentDate", date.toString());
            }
            if (reference != null) {
                body.put("reference", reference);
            }
            printer().one(api().send("POST", "/payments", body, Map.of()).body());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Payments in the order they were recorded.")
    static final class ListPayments extends CliCommand {

        @Option(names = "--invoice", paramLabel = "INVOICE_ID", description = "Only this invoice's.") String invoice;
        @Option(names = "--partner", paramLabel = "TENANT_ID", description = "The operator only: this partner's.")
        UUID partner;

        @Override
        public Integer call() {
            Query query = Query.path("/payments").param("invoiceId", invoice).param("partnerTenantId", partner);
            return list(query.toString(), PAYMENTS);
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one payment.")
    static final class Get extends CliCommand {

        @Parameters(paramLabel = "PAYMENT_ID")
        UUID id;

        @Override
        public Integer call() {
            printer().one(api().get("/payments/" + id));
            return ExitCodes.DONE;
        }
    }
}
