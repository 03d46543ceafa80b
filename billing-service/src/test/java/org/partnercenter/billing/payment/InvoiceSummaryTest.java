package org.partnercenter.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.payment.PaymentCalls.payment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Instant;
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

/** The real API's invoice summary (the partner's billing currency) and summaries (one per currency). */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class InvoiceSummaryTest {

    private static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    // BillingRows' partners are billed in EUR.
    private final UUID partner = BillingRows.partner(PartnerType.DIRECT, "Summarised", "5", null);
    private final Caller billingAdmin = caller(partner, PartnerType.DIRECT, Roles.BILLING_ADMIN);

    @Test
    void shouldSumWhatTheInvoicesOfTheBillingCurrencyOweWithTheLastPaymentWhenThePartnerReadsItsSummary() {
        // given two EUR invoices of 121.00, one of them partly paid twice, and a USD invoice
        String march = invoice(partner, YearMonth.of(2047, 3)).currency("EUR")
                .invoiceDate(Instant.parse("2047-04-01T02:00:00Z")).insert().id;
        invoice(partner, YearMonth.of(2047, 4)).currency("EUR").invoiceDate(Instant.parse("2047-05-01T02:00:00Z"))
                .insert();
        invoice(partner, YearMonth.of(2047, 4)).currency("USD").totals("10", "0", "0", "10")
                .invoiceDate(Instant.parse("2047-05-01T03:00:00Z")).insert();
        pay(march, "20", "2026-01-05");
        pay(march, "1.25", "2026-02-06");

        // when its billing admin reads its summary
        JsonPath summary = as(billingAdmin).get("/v1/invoices/summary").then().statusCode(200).extract()
                .jsonPath(EXACT);

        // then it is of EUR: 242.00 less 21.25 paid, the last payment, its first and latest invoice
        assertThat(summary.getString("currencyCode")).isEqualTo("EUR");
        assertThat(summary.getString("currencySymbol")).isEqualTo("€");
        assertThat(summary.<BigDecimal>get("balanceAmount")).isEqualByComparingTo("220.75");
        assertThat(summary.getString("lastPaymentDate")).isEqualTo("2026-02-06T00:00:00Z");
        assertThat(summary.<BigDecimal>get("lastPaymentAmount")).isEqualByComparingTo("1.25");
        assertThat(summary.getString("firstInvoiceCreationDate")).isEqualTo("2047-04-01T02:00:00Z");
        assertThat(summary.getString("latestInvoiceDate")).isEqualTo("2047-05-01T02:00:00Z");
        assertThat(summary.getString("accountingDate")).isEqualTo("2047-05-01T02:00:00Z");
        assertThat(summary.getString("attributes.objectType")).isEqualTo("InvoiceSummary");
        assertThat(summary.getList("details.invoiceType")).containsExactly("OneTime");
        assertThat(summary.<BigDecimal>get("details[0].summary.balanceAmount"))
                .isEqualByComparingTo("220.75");
        // and the operator reads the same when it names the partner
        Map<String, Object> byOperator = as(Closes.OPERATOR).get("/v1/invoices/summary?partnerTenantId=" + partner)
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(byOperator).isEqualTo(as(billingAdmin).get("/v1/invoices/summary").jsonPath().getMap(""));
    }

    @Test
    void shouldAnswerOneSummaryPerCurrencyWhenThePartnerReadsItsSummaries() {
        invoice(partner, YearMonth.of(2047, 6)).currency("EUR").insert();
        String dollars = invoice(partner, YearMonth.of(2047, 6)).currency("USD").totals("10", "0", "0", "10")
                .insert().id;
        pay(dollars, "4", "2026-03-01");

        JsonPath summaries = as(billingAdmin).get("/v1/invoices/summaries").then().statusCode(200).extract()
                .jsonPath(EXACT);

        assertThat(summaries.getString("attributes.objectType")).isEqualTo("Collection");
        assertThat(summaries.getList("items.currencyCode")).containsExactly("EUR", "USD");
        assertThat(summaries.<BigDecimal>get("items[1].balanceAmount")).isEqualByComparingTo("6");
        assertThat(summaries.<BigDecimal>get("items[1].lastPaymentAmount")).isEqualByComparingTo("4");
        assertThat(summaries.<BigDecimal>get("items[0].balanceAmount")).isEqualByComparingTo("121");
        assertThat(summaries.getInt("totalCount")).isEqualTo(2);
    }

    @Test
    void shouldNameThePartnerWhenTheOperatorReadsASummaryWithoutOne() {
        List<String> data = as(Closes.OPERATOR).get("/v1/invoices/summary").then().statusCode(400).extract()
                .jsonPath().getList("data", String.class);

        assertThat(data).containsExactly("partnerTenantId");
        as(Closes.OPERATOR).get("/v1/invoices/summaries?partnerTenantId=nope").then().statusCode(400);
    }

    private static void pay(String invoiceId, String amount, String date) {
        Map<String, Object> body = payment(invoiceId, amount, currencyOf(invoiceId));
        body.put("paymentDate", date);
        PaymentCalls.record(body).then().statusCode(201);
    }

    private static String currencyOf(String invoiceId) {
        return as(Closes.OPERATOR).get("/v1/invoices/" + invoiceId).then().statusCode(200).extract()
                .jsonPath().getString("currencyCode");
    }
}
