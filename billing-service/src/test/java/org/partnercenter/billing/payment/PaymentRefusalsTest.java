package org.partnercenter.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.payment.PaymentCalls.payment;
import static org.partnercenter.billing.payment.PaymentCalls.record;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.billing.support.Closes;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.HostileText;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

/** Payments that are refused, each bad field named, nothing recorded; and a retried payment recorded once. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class PaymentRefusalsTest {

    private static final YearMonth JULY = YearMonth.of(2046, 7);

    private final UUID partner = BillingRows.partner(PartnerType.DIRECT, "Refused", "3", null);
    private final String invoiceId = invoice(partner, JULY).currency("EUR").insert().id;

    @Test
    void shouldNameTheInvoiceWhenItDoesNotExist() {
        assertRefused(record(payment("G999999999", "10", "EUR")), "invoiceId");
        assertRefused(record(payment(null, "10", "EUR")), "invoiceId");
        assertRefused(record(payment("no such id!", "10", "EUR")), "invoiceId");
    }

    @Test
    void shouldNameTheCurrencyWhenItIsNotTheInvoices() {
        assertRefused(record(payment(invoiceId, "10", "USD")), "currencyCode");
        assertRefused(record(payment(invoiceId, "10", null)), "currencyCode");
    }

    @Test
    void shouldNameTheAmountWhenItIsNotAboveZeroOrHasMoreDecimalsThanTheCurrency() {
        for (Object amount : new Object[] {"0", -5, "-0.01", "10.001", "ten", "1e400", null, Map.of("value", 1)}) {
            assertRefused(record(payment(invoiceId, amount, "EUR")), "amount");
        }
    }

    @Test
    void shouldNameEveryBadFieldOfOneBodyWhenSeveralAreBadOrHostile() {
        Map<String, Object> body = payment(invoiceId, "-1", "USD");
        body.put("paymentDate", "2999-01-01");
        body.put("reference", HostileText.longerThan(256));

        Response answer = record(body);

        assertRefused(answer, "amount", "currencyCode", "paymentDate", "reference");
        Map<String, Object> nul = payment(invoiceId, "1", "EUR");
        nul.put("reference", "a\u0000b");
        assertRefused(record(nul), "reference");
        Map<String, Object> notADate = payment(invoiceId, "1", "EUR");
        notADate.put("paymentDate", "yesterday");
        assertRefused(record(notADate), "paymentDate");
    }

    @Test
    void shouldRecordOnePaymentWhenAPostIsRetriedWithTheSameRequestId() {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = payment(invoiceId, "10.50", "EUR");
        body.put("paymentDate", "2026-01-02T10:00:00Z");
        body.put("reference", "WIRE-42");

        Response first = record(Closes.OPERATOR, body, requestId);
        Response again = record(Closes.OPERATOR, body, requestId);

        first.then().statusCode(201);
        again.then().statusCode(201);
        String id = first.jsonPath().getString("id");
        assertThat(first.header("Location")).isEqualTo("/v1/payments/" + id);
        assertThat(again.jsonPath().getString("id")).isEqualTo(id);
        assertThat(PaymentCalls.read(first)).containsEntry("amount", "10.5").containsEntry("reference", "WIRE-42")
                .containsEntry("paymentDate", "2026-01-02T10:00:00Z");
        assertThat(StoredRows.count("select count(*) from payment where invoice_id = ?1", invoiceId)).isOne();
        assertThat(PaymentCalls.invoice(caller(partner, PartnerType.DIRECT, Roles.BILLING_ADMIN), invoiceId))
                .containsEntry("paidAmount", "10.5");
    }

    /** 400 in the error shape, every field named in data, nothing recorded. */
    private void assertRefused(Response answer, String... fields) {
        answer.then().statusCode(400);
        List<String> data = answer.jsonPath().getList("data", String.class);
        for (String field : fields) {
            assertThat(data).as("data of %s", answer.asString()).anyMatch(line -> line.startsWith(field));
        }
        assertThat(answer.jsonPath().getString("description")).isNotBlank();
        assertThat(StoredRows.count("select count(*) from payment where invoice_id = ?1", invoiceId)).isZero();
    }
}
