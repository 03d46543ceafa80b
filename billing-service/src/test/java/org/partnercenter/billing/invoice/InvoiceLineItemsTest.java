package org.partnercenter.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.lineitem.LineItemBuilder.line;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.billing.lineitem.BillingCallers;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class InvoiceLineItemsTest {

    private static final YearMonth MARCH = YearMonth.of(2031, 3);
    private static final Instant RATE_DATE = Instant.parse("2031-03-01T00:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {
        "/lineitems?provider=onetime&invoicelineitemtype=usagelineitems",
        "/lineitems?Provider=OneTime&InvoiceLineItemType=UsageLineItems&currencyCode=eur",
        "/lineitems/OneTime/UsageLineItems",
        "/lineitems/onetime/usagelineitems?currencycode=EUR"
    })
    void shouldAnswerTheInvoicesLinesEachWithItsNumberWhenAskedEitherWay(String query) {
        // given an invoice in euros with two lines, an unbilled line and a line of another invoice
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        UUID subscription = BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "S");
        String id = invoice(partner, MARCH).currency("EUR").insert().id;
        String earlier = invoice(partner, MARCH.minusMonths(1)).currency("EUR").insert().id;
        for (String meter : List.of("a", "b")) {
            line(partner, customer, subscription).meter(meter).billed("EUR", "1", "0.9", RATE_DATE).invoice(id)
                    .insert();
        }
        line(partner, customer, subscription).meter("unbilled").billed("EUR", "1", "0.9", RATE_DATE).insert();
        line(partner, customer, subscription).meter("earlier").billed("EUR", "1", "0.9", RATE_DATE).invoice(earlier)
                .insert();

        // when its billing admin reads the invoice's usage line items
        JsonPath page = as(caller(partner, PartnerType.DIRECT, Roles.BILLING_ADMIN))
                .get(InvoicesTest.PATH + "/" + id + query).then().statusCode(200).extract().jsonPath();

        // then the two lines answer, each carrying the invoice's id
        assertThat(page.getList("items.meterId")).containsExactly("a", "b");
        assertThat(page.getList("items.invoiceNumber")).containsOnly(id);
        assertThat(page.getList("items.billingCurrency")).containsOnly("EUR");
        assertThat(page.getList("items.attributes.objectType")).containsOnly("DailyRatedUsageLineItem");
        assertThat(page.getString("attributes.objectType")).isEqualTo("Collection");
        assertThat(page.getString("links.self.uri")).startsWith("/invoices/" + id + "/lineitems");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/lineitems?provider=onetime&invoicelineitemtype=usagelineitems&size=2",
        "/lineitems/OneTime/UsageLineItems?size=2"})
    void shouldPageThroughEveryLineOnceWhenTheClientFollowsLinksNext(String query) {
        // given an invoice with five lines
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        UUID subscription = BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "S");
        String id = invoice(partner, MARCH).insert().id;
        List<String> meters = List.of("a", "b", "c", "d", "e");
        meters.forEach(meter -> line(partner, customer, subscription).meter(meter).invoice(id).insert());
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);

        // when it reads them two at a time, following links.next
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = null;
        do {
            var request = as(admin);
            if (token != null) {
                request.header("MS-ContinuationToken", token);
            }
            JsonPath page = request.get(InvoicesTest.PATH + "/" + id + query).then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(page.getList("items.meterId"));
            pageSizes.add(page.getInt("totalCount"));
            token = page.getString("links.next.headers[0].value");
            if (token != null) {
                assertThat(page.getString("links.next.uri")).startsWith("/invoices/" + id + "/lineitems")
                        .contains("size=2").endsWith("seekOperation=Next");
            }
        } while (token != null);

        // then three pages hold every line once, in the order they were rated
        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyElementsOf(meters);
    }

    @Test
    void shouldShowEachResellersCustomersWhenAnIndirectProviderReadsItsInvoice() {
        // given an indirect provider's invoice billing its own customer's usage and a reseller's customer's
        UUID provider = BillingRows.partner(PartnerType.INDIRECT_PROVIDER, "Provider", "100", null);
        UUID reseller = BillingRows.partner(PartnerType.INDIRECT_RESELLER, "Reseller", "201", provider);
        String id = invoice(provider, MARCH).insert().id;
        for (UUID of : new UUID[] {null, reseller}) {
            UUID customer = BillingRows.customer(provider, of, "C", "c.onmicrosoft.com", "NL");
            UUID subscription = BillingRows.subscription(customer, provider, of, "DZH318Z0BCZC", "S");
            line(provider, customer, subscription).reseller(of).invoice(id).insert();
        }

        // when the provider reads it, then both lines are on it, the reseller's with its MPN id
        JsonPath page = as(caller(provider, PartnerType.INDIRECT_PROVIDER, Roles.BILLING_ADMIN))
                .get(InvoicesTest.PATH + "/" + id + "/lineitems/OneTime/UsageLineItems").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getList("items.tier2MpnId")).containsExactly("", "201");
        assertThat(page.getList("items.partnerId")).containsOnly(provider.toString());
    }

    @Test
    void shouldReadAnyPartnersInvoiceLinesWhenTheOperatorAsks() {
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        String id = invoice(partner, MARCH).insert().id;
        line(partner, customer, BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "S"))
                .meter("op").invoice(id).insert();

        as(BillingCallers.operator())
                .get(InvoicesTest.PATH + "/" + id + "/lineitems/OneTime/UsageLineItems").then().statusCode(200)
                .body("totalCount", equalTo(1)).body("items[0].meterId", equalTo("op"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/lineitems?provider=onetime&invoicelineitemtype=billinglineitems",
        "/lineitems/OneTime/BillingLineItems"})
    void shouldAnswerAnEmptyCollectionWhenBillingLineItemsAreAsked(String query) {
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        String id = invoice(partner, MARCH).insert().id;
        line(partner, customer, BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "S"))
                .invoice(id).insert();

        as(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get(InvoicesTest.PATH + "/" + id + query)
                .then().statusCode(200).body("totalCount", equalTo(0))
                .body("attributes.objectType", equalTo("Collection"));
    }
}
