package org.partnercenter.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingCallers;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class InvoicesTest {

    static final String PATH = "/v1/invoices";
    private static final YearMonth MARCH = YearMonth.of(2031, 3);

    @Test
    void shouldAnswerEveryFieldOfTheInvoiceWhenItsPartnerReadsIt() {
        // given a partner's invoice of March in euros, partly paid
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "Contoso Partner", "5357564", null);
        Invoice issued = invoice(partner, MARCH).currency("EUR").totals("2076.63", "0.21", "436.09", "2512.72")
                .paid("12.5").invoiceDate(Instant.parse("2031-04-01T02:00:00Z")).insert();
        String id = issued.id;

        // when its billing admin reads it
        Response answer = as(caller(partner, PartnerType.DIRECT, Roles.BILLING_ADMIN)).get(PATH + "/" + id);

        // then every field answers in the real API's names, links relative to /v1, money written plain
        answer.then().statusCode(200);
        assertThat(id).matches("G\\d{9}");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", id);
        expected.put("invoiceDate", "2031-04-01T02:00:00Z");
        expected.put("billingPeriodStartDate", "2031-03-01T00:00:00Z");
        expected.put("billingPeriodEndDate", "2031-03-31T00:00:00Z");
        expected.put("currencyCode", "EUR");
        expected.put("currencySymbol", "€");
        expected.put("dueDate", "2031-05-01T02:00:00Z");
        expected.put("pdfDownloadLink", "/invoices/" + id + "/documents/statement");
        expected.put("taxReceipts", List.of());
        expected.put("invoiceDetails", List.of(Map.of("invoiceLineItemType", "usage_line_items",
                "billingProvider", "one_time", "links", Map.of("self", link("/invoices/" + id
                        + "/lineitems/OneTime/UsageLineItems")), "attributes", Map.of("objectType", "InvoiceDetail"))));
        expected.put("documentType", "invoice");
        expected.put("invoiceType", "OneTime");
        expected.put("amendments", List.of());
        expected.put("links", Map.of("self", link("/invoices/" + id)));
        expected.put("attributes", Map.of("objectType", "Invoice"));
        Map<String, Object> text = new LinkedHashMap<>(answer.jsonPath().getMap(""));
        expected.put("paymentStatus", "partially_paid");
        List.of("subTotal", "taxTotal", "totalCharges", "paidAmount", "creditApplied", "balanceAmount")
                .forEach(text::remove);
        assertThat(text).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(answer.asString()).contains("\"subTotal\":2076.63,", "\"taxTotal\":436.09,",
                "\"totalCharges\":2512.72,", "\"paidAmount\":12.5,", "\"creditApplied\":0,",
                "\"balanceAmount\":2500.22,");
        // and the list answers the same view
        assertThat(as(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get(PATH).then().statusCode(200)
                .extract().jsonPath().getMap("items[0]")).isEqualTo(answer.jsonPath().getMap(""));
    }

    @Test
    void shouldAnswerTheSymbolOfEachCurrencyWhenInvoicesAreInSeveral() {
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        List.of("USD", "GBP", "JPY").forEach(code -> invoice(partner, MARCH).currency(code).insert());

        JsonPath page = as(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get(PATH).then()
                .statusCode(200).extract().jsonPath();

        assertThat(page.getList("items.currencyCode")).containsExactly("JPY", "GBP", "USD");
        assertThat(page.getList("items.currencySymbol")).containsExactly("¥", "£", "$");
    }

    @Test
    void shouldListNewestFirstAndEachInvoiceOnceWhenThePartnerPagesThrough() {
        // given five invoices of one partner, two of them issued at the same instant
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        String january = invoice(partner, YearMonth.of(2031, 1)).insert().id;
        String february = invoice(partner, YearMonth.of(2031, 2)).insert().id;
        String marchUsd = invoice(partner, MARCH).insert().id;
        String marchEur = invoice(partner, MARCH).currency("EUR").insert().id;
        String april = invoice(partner, YearMonth.of(2031, 4)).insert().id;
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.ADMIN_AGENT);

        // when it reads them two at a time, following links.next
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = null;
        do {
            var request = as(admin);
            if (token != null) {
                request.header("MS-ContinuationToken", token);
            }
            JsonPath page = request.get(PATH + "?size=2").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            pageSizes.add(page.getInt("totalCount"));
            assertThat(page.getString("attributes.objectType")).isEqualTo("Collection");
            token = page.getString("links.next.headers[0].value");
            if (token != null) {
                assertThat(page.getString("links.next.uri")).isEqualTo("/invoices?size=2&seekOperation=Next");
            }
        } while (token != null);

        // then three pages hold every invoice once, newest first, the later id first on the same instant
        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactly(april, marchEur, marchUsd, february, january);
    }

    @Test
    void shouldListOnlyThatPeriodsInvoicesWhenPeriodIsSent() {
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        String usd = invoice(partner, YearMonth.of(2031, 1)).insert().id;
        String eur = invoice(partner, YearMonth.of(2031, 1)).currency("EUR").insert().id;
        invoice(partner, YearMonth.of(2031, 2)).insert();

        JsonPath page = as(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get(PATH + "?period=2031-01")
                .then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("items.id")).containsExactly(eur, usd);
        assertThat(page.getString("links.self.uri")).isEqualTo("/invoices?period=2031-01");
    }

    @Test
    void shouldListEveryPartnersInvoicesAndNarrowToOneWhenTheOperatorReads() {
        // given two partners' invoices of a period no other test uses
        UUID first = BillingRows.partner(PartnerType.DIRECT, "First", "1", null);
        UUID second = BillingRows.partner(PartnerType.INDIRECT_PROVIDER, "Second", "2", null);
        String mine = invoice(first, YearMonth.of(2040, 7)).insert().id;
        String theirs = invoice(second, YearMonth.of(2040, 7)).insert().id;
        Caller operator = BillingCallers.operator();

        // when the operator lists the period, then both answer; naming a partner narrows to its own
        assertThat(as(operator).get(PATH + "?period=2040-07").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).containsExactly(theirs, mine);
        as(operator).get(PATH + "?period=2040-07&partnerTenantId=" + second).then().statusCode(200)
                .body("totalCount", equalTo(1)).body("items[0].id", equalTo(theirs));
        // and it reads either by id, and every partner's invoices unfiltered
        as(operator).get(PATH + "/" + mine).then().statusCode(200).body("id", equalTo(mine));
        as(operator).get(PATH + "?size=1").then().statusCode(200).body("totalCount", equalTo(1))
                .body("links.next.uri", equalTo("/invoices?size=1&seekOperation=Next"));
    }

    @Test
    void shouldNeverShowAnotherPartnersInvoicesWhenAPartnerNamesIt() {
        UUID mine = BillingRows.partner(PartnerType.DIRECT, "Mine", "1", null);
        UUID theirs = BillingRows.partner(PartnerType.DIRECT, "Theirs", "2", null);
        String own = invoice(mine, MARCH).insert().id;
        invoice(theirs, MARCH).insert();

        as(caller(mine, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get(PATH + "?partnerTenantId=" + theirs)
                .then().statusCode(200).body("totalCount", equalTo(1)).body("items[0].id", equalTo(own));
    }

    @Test
    void shouldAnswerTheSame404WhenTheInvoiceIsAnotherPartnersOrUnknownOrMalformed() {
        // given another partner's invoice
        UUID mine = BillingRows.partner(PartnerType.DIRECT, "Mine", "1", null);
        UUID theirs = BillingRows.partner(PartnerType.DIRECT, "Theirs", "2", null);
        String other = invoice(theirs, MARCH).insert().id;
        Caller admin = caller(mine, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);

        // when the partner asks for it, for an id never issued, or for one that is no id, then each is a 404
        for (String id : List.of(other, "G999999999", "not-an-invoice", "G" + "9".repeat(1000))) {
            String description = as(admin).get(PATH + "/" + id).then().statusCode(404)
                    .body("code", equalTo(404)).body("source", equalTo("billing-service"))
                    .extract().jsonPath().getString("description");
            assertThat(description).startsWith("No invoice '").contains("' of yours exists.").hasSizeLessThan(300);
            // its line items too, whatever the parameters: they are read only once the invoice is found
            as(admin).get(PATH + "/" + id + "/lineitems?provider=azure").then().statusCode(404);
            as(admin).get(PATH + "/" + id + "/lineitems/Office/BillingLineItems").then().statusCode(404);
        }
    }

    private static Map<String, Object> link(String uri) {
        return Map.of("uri", uri, "method", "GET", "headers", List.of());
    }
}
