package org.partnercenter.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operator records that the first invoiced demo partner paid its previous month's invoices in full; the others
 * stay unpaid, so that a newcomer sees both statuses. It pays what is still due, so a second load pays nothing more.
 */
final class PaymentsStep implements DemoStep {

    @Override
    public String name() {
        return "payments of the previous month's invoices";
    }

    /** Skipped when billing-service does not answer through the gateway. */
    @Override
    public boolean available(DemoContext demo) throws IOException, InterruptedException {
        try {
            demo.gateway().get("/v1/payments?size=1", demo.operatorToken());
            return true;
        } catch (DemoFailure | IOException notAnswering) {
            return false;
        }
    }

    @Override
    public String load(DemoContext demo) throws IOException, InterruptedException {
        Optional<DemoPartner> payer = payer(demo.partners());
        if (payer.isEmpty()) {
            return "no invoice to pay";
        }
        List<String> paid = new ArrayList<>();
        for (String invoiceId : payer.get().invoiceIds()) {
            JsonNode invoice = demo.gateway().get("/v1/invoices/" + invoiceId, demo.operatorToken());
            BigDecimal due = new BigDecimal(invoice.path("balanceAmount").asText("0"));
            String currency = invoice.path("currencyCode").asText();
            if (due.signum() > 0) {
                demo.gateway().post("/v1/payments", demo.operatorToken(), Map.of("invoiceId", invoiceId,
                        "amount", due, "currencyCode", currency, "reference", "demo wire transfer"));
                paid.add(invoiceId + " (" + due.toPlainString() + " " + currency + ")");
            } else {
                paid.add(invoiceId + " (paid already)");
            }
        }
        List<String> unpaid = demo.partners().stream().filter(partner -> partner != payer.get()
                && !partner.invoiceIds().isEmpty()).map(DemoPartner::name).toList();
        return payer.get().name() + " paid " + String.join(", ", paid) + "; left unpaid: "
                + (unpaid.isEmpty() ? "none" : String.join(", ", unpaid));
    }

    /** The partner whose invoices the demo pays: the first one invoiced, in the demo's order. */
    static Optional<DemoPartner> payer(List<DemoPartner> partners) {
        return partners.stream().filter(partner -> !partner.invoiceIds().isEmpty()).findFirst();
    }
}
