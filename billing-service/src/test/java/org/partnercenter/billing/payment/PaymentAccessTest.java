package org.partnercenter.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.payment.PaymentCalls.PAYMENTS;
import static org.partnercenter.billing.payment.PaymentCalls.payment;
import static org.partnercenter.billing.payment.PaymentCalls.recorded;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.billing.support.Closes;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

/** Who may record and read payments: the operator records; a partner reads its own invoices' payments only. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class PaymentAccessTest {

    private static final YearMonth JUNE = YearMonth.of(2046, 6);

    private final UUID owner = BillingRows.partner(PartnerType.DIRECT, "Owner", "1", null);
    private final UUID other = BillingRows.partner(PartnerType.DIRECT, "Other", "2", null);
    private final Caller ownerAdmin = caller(owner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);
    private final Caller otherAdmin = caller(other, PartnerType.DIRECT, Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN);

    @Test
    void shouldRefuseWith403BeforeReadingTheBodyWhenAPartnerPostsAPayment() {
        String id = invoice(owner, JUNE).currency("EUR").insert().id;

        // when the invoice's own global admin posts a valid payment, and a body that is no JSON at all
        var valid = PaymentCalls.record(ownerAdmin, payment(id, "10", "EUR"), UUID.randomUUID().toString());
        var broken = as(ownerAdmin).contentType("application/json").body("{\"amount\": ").post(PAYMENTS);

        // then both are refused for the role, and nothing was recorded
        valid.then().statusCode(403).body("code", equalTo(900150));
        broken.then().statusCode(403).body("code", equalTo(900150));
        assertThat(StoredRows.count("select count(*) from payment where invoice_id = ?1", id)).isZero();
    }

    @Test
    void shouldAnswerAnEmptyListAnd404WhenAPartnerReadsThePaymentsOfAnotherPartnersInvoice() {
        // given a payment on the owner's invoice
        String id = invoice(owner, JUNE).currency("EUR").insert().id;
        String paymentId = (String) recorded(id, "10", "EUR").get("id");

        // when another partner lists the invoice's payments, lists its own, and reads the payment
        var list = as(otherAdmin).get(PAYMENTS + "?invoiceId=" + id);
        var own = as(otherAdmin).get(PAYMENTS);
        var read = as(otherAdmin).get(PAYMENTS + "/" + paymentId);

        // then it sees none of them, as if they did not exist
        list.then().statusCode(200).body("totalCount", equalTo(0)).body("attributes.objectType",
                equalTo("Collection"));
        own.then().statusCode(200).body("totalCount", equalTo(0));
        read.then().statusCode(404);
        as(otherAdmin).get("/v1/invoices/" + id).then().statusCode(404);
        // while the owner and the operator read it
        as(ownerAdmin).get(PAYMENTS + "?invoiceId=" + id).then().statusCode(200).body("items[0].id",
                equalTo(paymentId)).body("links.self.uri", equalTo("/payments?invoiceId=" + id));
        Map<String, Object> byOwner = as(ownerAdmin).get(PAYMENTS + "/" + paymentId).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(byOwner).containsEntry("invoiceId", id).containsEntry("links", Map.of("self", Map.of("uri",
                "/payments/" + paymentId, "method", "GET", "headers", List.of())));
        as(Closes.OPERATOR).get(PAYMENTS + "?partnerTenantId=" + owner).then().statusCode(200)
                .body("items.id", contains(paymentId));
    }

    @Test
    void shouldRefuseWith403WhenARoleWithoutInvoicesReadsPayments() {
        Caller sales = caller(owner, PartnerType.DIRECT, Roles.SALES_AGENT);
        Caller reseller = caller(UUID.randomUUID(), PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN);

        as(sales).get(PAYMENTS).then().statusCode(403);
        as(reseller).get(PAYMENTS).then().statusCode(403);
        as(sales).get("/v1/invoices/summary").then().statusCode(403);
    }
}
