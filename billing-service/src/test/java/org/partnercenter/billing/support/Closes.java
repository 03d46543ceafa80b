package org.partnercenter.billing.support;

import static org.awaitility.Awaitility.await;
import static org.partnercenter.billing.lineitem.BillingCallers.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.partnercenter.billing.invoice.Invoice;
import org.partnercenter.billing.lineitem.BillingCallers;
import org.partnercenter.billing.lineitem.UsageLineItem;
import org.partnercenter.billing.usage.UsageRecord;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.partner.Partner;

/** Closes billing periods through the API as the operator, and reads what they issued. */
public final class Closes {

    /** One operator for every close: an operation is readable by its starter only. */
    public static final Caller OPERATOR = BillingCallers.operator();

    private Closes() {
    }

    /** Starts the close of {@code period} for one partner (all when null): the operation's id. */
    public static String start(String period, UUID partner) {
        var request = as(OPERATOR).contentType("application/json");
        if (partner != null) {
            request.body(Map.of("partnerTenantId", partner.toString()));
        }
        String location = request.post("/v1/billingperiods/" + period + "/close").then().statusCode(202)
                .extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The operation once it has ended, as its starter reads it. */
    public static Map<String, Object> awaitEnd(String operationId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(
                () -> as(OPERATOR).get("/v1/operations/" + operationId).then().statusCode(200).extract().jsonPath()
                        .getMap(""),
                operation -> !"running".equals(operation.get("status")));
    }

    /** Closes and waits: the ended operation. */
    public static Map<String, Object> close(String period, UUID partner) {
        return awaitEnd(start(period, partner));
    }

    /** A close names a partner billing knows: waits until the partner's event is applied. */
    public static void awaitPartner(UUID partner) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> QuarkusTransaction
                .requiringNew().call(() -> Partner.findById(partner) != null));
    }

    /** The partner's invoices, oldest first. */
    public static List<Invoice> invoices(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> Invoice.<Invoice>list("partnerTenantId", partner).stream()
                .sorted(Comparator.comparing((Invoice i) -> i.id)).toList());
    }

    /** An invoice's line items, by day and resource. */
    public static List<UsageLineItem> lines(String invoiceId) {
        return QuarkusTransaction.requiringNew().call(() -> UsageLineItem.<UsageLineItem>list("invoiceNumber",
                invoiceId).stream().sorted(Comparator.comparing((UsageLineItem l) -> l.usageDate)
                .thenComparing(l -> l.resourceUri)).toList());
    }

    /** The invoice each of a customer's usage records is on ("null" while unbilled), by record id. */
    public static Map<String, String> recordInvoices(UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> UsageRecord.<UsageRecord>list("key.customerId",
                customer).stream().collect(Collectors.toMap(r -> r.key.recordId(), r -> String.valueOf(
                        r.invoiceNumber))));
    }
}
