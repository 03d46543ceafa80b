package org.partnercenter.billing.lineitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.lineitem.LineItemBuilder.line;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.period.BillingPeriodClose;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class UnbilledLineItemsTest {

    static final String PATH = "/v1/invoices/unbilled/lineitems";
    static final String USAGE = PATH + "?provider=onetime&invoicelineitemtype=usagelineitems&period=current";
    private static final LocalDate MARCH_5 = LocalDate.of(2031, 3, 5);

    @Inject
    AdjustableClock clock;

    @BeforeEach
    void midMarch2031() {
        clock.set(Instant.parse("2031-03-15T10:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldAnswerEveryFieldOfTheLineWhenADirectPartnerReadsItsCurrentPeriod() {
        // given a direct partner's customer with an Azure plan, and a line of its usage billed in euros
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "Contoso Partner", "5357564", null);
        UUID customer = BillingRows.customer(partner, null, "Fabrikam", "fabrikam.onmicrosoft.com", "DE");
        UUID subscription = BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "Production");
        String uri = "/subscriptions/0f1e/resourceGroups/web-rg/providers/Microsoft.Compute/virtualMachines/vm1";
        line(partner, customer, subscription).meter("m-d2v3").usageDate(MARCH_5)
                .resource(uri, Map.of("env", "prod", "app", "shop"))
                .prices("24", "0.0000004", "0.0000004", "0.0000096")
                .billed("EUR", "100", "0.9", Instant.parse("2031-03-01T00:00:00Z")).insert();

        // when its billing admin reads the unbilled usage of the current period in euros
        Response answer = as(caller(partner, PartnerType.DIRECT, Roles.BILLING_ADMIN))
                .get(USAGE + "&currencycode=EUR");

        // then the one line carries every field, named from billing's copies, money written plain
        answer.then().statusCode(200).body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"))
                .body("links.next", equalTo(null));
        assertThat(answer.jsonPath().getString("links.self.uri")).startsWith("/invoices/unbilled/lineitems?")
                .contains("provider=onetime", "invoicelineitemtype=usagelineitems", "period=current",
                        "currencycode=EUR");
        Map<String, Object> line = answer.jsonPath().getMap("items[0]");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("partnerId", partner.toString());
        expected.put("partnerName", "Contoso Partner");
        expected.put("customerId", customer.toString());
        expected.put("customerName", "Fabrikam");
        expected.put("customerDomainName", "fabrikam.onmicrosoft.com");
        expected.put("customerCountry", "DE");
        expected.put("mpnId", "5357564");
        expected.put("tier2MpnId", "");
        expected.put("resellerMpnId", "");
        expected.put("invoiceNumber", "");
        expected.put("productId", "DZH318Z0BCZC");
        expected.put("skuId", "");
        expected.put("availabilityId", "");
        expected.put("skuName", "Azure plan");
        expected.put("productName", "Azure plan");
        expected.put("publisherName", "Microsoft");
        expected.put("subscriptionId", subscription.toString());
        expected.put("subscriptionDescription", "Production");
        expected.put("chargeStartDate", "2031-03-01T00:00:00Z");
        expected.put("chargeEndDate", "2031-03-31T00:00:00Z");
        expected.put("usageDate", "2031-03-05T00:00:00Z");
        expected.put("meterType", "1 Hour");
        expected.put("meterCategory", "Virtual Machines");
        expected.put("meterId", "m-d2v3");
        expected.put("meterSubCategory", "Dv3 Series");
        expected.put("meterName", "D2 v3");
        expected.put("meterRegion", "EU West");
        expected.put("unitOfMeasure", "1 Hour");
        expected.put("resourceLocation", "westeurope");
        expected.put("consumedService", "Microsoft.Compute");
        expected.put("resourceGroup", "web-rg");
        expected.put("resourceUri", uri);
        expected.put("tags", "{\"app\":\"shop\",\"env\":\"prod\"}");
        expected.put("additionalInfo", "");
        expected.put("unitType", "1 Hour");
        expected.put("billingCurrency", "EUR");
        expected.put("pricingCurrency", "USD");
        expected.put("pcToBCExchangeRateDate", "2031-03-01T00:00:00Z");
        expected.put("entitlementId", BillingRows.entitlementOf(subscription).toString());
        expected.put("entitlementDescription", "Production");
        expected.put("invoiceLineItemType", "usage_line_items");
        expected.put("billingProvider", "marketplace");
        expected.put("attributes", Map.of("objectType", "DailyRatedUsageLineItem"));
        Map<String, Object> text = new LinkedHashMap<>(line);
        List.of("unitPrice", "effectiveUnitPrice", "quantity", "billingPreTaxTotal", "pricingPreTaxTotal",
                "pcToBCExchangeRate").forEach(text::remove);
        assertThat(text).containsExactlyEntriesOf(expected);
        String body = answer.asString();
        assertThat(body).contains("\"unitPrice\":0.0000004,", "\"effectiveUnitPrice\":0.0000004,",
                "\"quantity\":24,", "\"billingPreTaxTotal\":100,", "\"pricingPreTaxTotal\":0.0000096,",
                "\"pcToBCExchangeRate\":0.9,");
    }

    @Test
    void shouldReadTheMonthBeforeWhenPeriodIsPreviousAndNothingInAnotherCurrency() {
        // given a line of February and one of March, and one of March in US dollars
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        UUID subscription = BillingRows.subscription(customer, partner, null, "MS-AZR-0145P", "Legacy");
        line(partner, customer, subscription).meter("feb").usageDate(LocalDate.of(2031, 2, 28))
                .billed("EUR", "1", "0.9", Instant.parse("2031-02-01T00:00:00Z")).insert();
        line(partner, customer, subscription).meter("mar").usageDate(MARCH_5)
                .billed("EUR", "1", "0.9", Instant.parse("2031-02-01T00:00:00Z")).insert();
        line(partner, customer, subscription).meter("usd").usageDate(MARCH_5).insert();
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);

        // when the previous period is read in euros, then only February's line answers, February's dates
        as(admin).get(PATH + "?provider=onetime&invoicelineitemtype=usagelineitems&currencycode=EUR"
                + "&period=previous").then().statusCode(200).body("totalCount", equalTo(1))
                .body("items[0].meterId", equalTo("feb"))
                .body("items[0].productName", equalTo("Microsoft Azure"))
                .body("items[0].chargeStartDate", equalTo("2031-02-01T00:00:00Z"))
                .body("items[0].chargeEndDate", equalTo("2031-02-28T00:00:00Z"));
        // and the current one in US dollars shows the dollar line, its rate dated at the period's start
        as(admin).get(USAGE + "&currencycode=usd").then().statusCode(200).body("totalCount", equalTo(1))
                .body("items[0].meterId", equalTo("usd"))
                .body("items[0].pcToBCExchangeRateDate", equalTo("2031-03-01T00:00:00Z"));
    }

    @Test
    void shouldPageThroughEveryLineOnceWhenTheClientSendsTheContinuationToken() {
        // given five lines of one partner
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        UUID subscription = BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "S");
        List<String> meters = List.of("a", "b", "c", "d", "e");
        meters.forEach(meter -> line(partner, customer, subscription).meter(meter).insert());
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
            JsonPath page = request.get(USAGE + "&currencycode=USD&size=2").then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(page.getList("items.meterId"));
            pageSizes.add(page.getInt("totalCount"));
            token = page.getString("links.next.headers[0].value");
            if (token != null) {
                assertThat(page.getString("links.next.uri")).startsWith("/invoices/unbilled/lineitems?")
                        .contains("size=2", "currencycode=USD").endsWith("&seekOperation=Next");
                assertThat(page.getString("links.next.headers[0].key")).isEqualTo("MS-ContinuationToken");
            }
        } while (token != null);

        // then three pages hold every line once, in the order they were rated
        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyElementsOf(meters);
    }

    @Test
    void shouldNeverShowAnotherPartnersLinesWhenAPartnerReads() {
        // given two partners with a line each
        UUID mine = BillingRows.partner(PartnerType.DIRECT, "Mine", "1", null);
        UUID theirs = BillingRows.partner(PartnerType.DIRECT, "Theirs", "2", null);
        UUID myCustomer = BillingRows.customer(mine, null, "C", "c.onmicrosoft.com", "NL");
        UUID theirCustomer = BillingRows.customer(theirs, null, "D", "d.onmicrosoft.com", "NL");
        line(mine, myCustomer, BillingRows.subscription(myCustomer, mine, null, "DZH318Z0BCZC", "S"))
                .meter("mine").insert();
        line(theirs, theirCustomer, BillingRows.subscription(theirCustomer, theirs, null, "DZH318Z0BCZC", "S"))
                .meter("theirs").insert();

        // when the first reads, even naming the other in partnerTenantId, then it sees its own line only
        as(caller(mine, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get(USAGE + "&currencycode=USD&partnerTenantId="
                + theirs).then().statusCode(200).body("totalCount", equalTo(1))
                .body("items[0].meterId", equalTo("mine")).body("items[0].partnerId", equalTo(mine.toString()));
    }

    @Test
    void shouldShowEachResellersCustomersWithItsMpnIdWhenAnIndirectProviderReads() {
        // given an indirect provider, its own customer and the customers of two of its resellers
        UUID provider = BillingRows.partner(PartnerType.INDIRECT_PROVIDER, "Provider", "100", null);
        UUID first = BillingRows.partner(PartnerType.INDIRECT_RESELLER, "First", "201", provider);
        UUID second = BillingRows.partner(PartnerType.INDIRECT_RESELLER, "Second", "202", provider);
        lineOf(provider, null, "own");
        lineOf(provider, first, "first");
        lineOf(provider, second, "second");

        // when the provider reads its unbilled usage
        JsonPath page = as(caller(provider, PartnerType.INDIRECT_PROVIDER, Roles.BILLING_ADMIN))
                .get(USAGE + "&currencycode=USD").then().statusCode(200).extract().jsonPath();

        // then every line is its own, each reseller's carrying that reseller's MPN id
        assertThat(page.getList("items.meterId")).containsExactly("own", "first", "second");
        assertThat(page.getList("items.tier2MpnId")).containsExactly("", "201", "202");
        assertThat(page.getList("items.resellerMpnId")).containsExactly("", "201", "202");
        assertThat(page.getList("items.mpnId")).containsOnly("100");
        assertThat(page.getList("items.partnerId")).containsOnly(provider.toString());
    }

    @Test
    void shouldReadOneNamedPartnersLinesWhenTheOperatorNamesIt() {
        // given a partner's line
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        line(partner, customer, BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "S"))
                .meter("op").insert();

        // when the operator reads that partner's, then it sees the line
        as(BillingCallers.operator()).get(USAGE + "&currencycode=USD&partnerTenantId=" + partner)
                .then().statusCode(200).body("totalCount", equalTo(1)).body("items[0].meterId", equalTo("op"));
    }

    @Test
    void shouldReadParametersInAnyCaseWhenSentAsTheSdksSendThem() {
        // given a partner's line in euros
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        line(partner, customer, BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "S"))
                .billed("EUR", "1", "0.9", Instant.parse("2031-03-01T00:00:00Z")).insert();

        // when asked as Microsoft's Java SDK writes the query, then the line answers
        as(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get(PATH + "?provider=OneTime"
                + "&invoiceLineItemType=UsageLineItems&currencyCode=eur&period=Current")
                .then().statusCode(200).body("totalCount", equalTo(1));
    }

    @Test
    void shouldAnswerAnEmptyCollectionWhenBillingLineItemsAreAsked() {
        // given a partner with usage, and no one-time purchases (none exist yet)
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        line(partner, customer, BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "S")).insert();

        // when its billing line items are read, then the collection is empty
        as(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get(PATH + "?provider=onetime"
                + "&invoicelineitemtype=billinglineitems&currencycode=USD&period=current").then().statusCode(200)
                .body("totalCount", equalTo(0)).body("attributes.objectType", equalTo("Collection"));
    }

    @Test
    void shouldLeaveOutBilledLinesWhenTheyAreOnAnInvoice() {
        // given a line of March billed on an invoice (the operator closed March early) and one not billed
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        UUID subscription = BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "S");
        line(partner, customer, subscription).meter("billed").invoice("X000000001").insert();
        line(partner, customer, subscription).meter("unbilled").insert();

        // when the current period is read, then only the unbilled line answers
        as(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get(USAGE + "&currencycode=USD").then()
                .statusCode(200).body("totalCount", equalTo(1)).body("items[0].meterId", equalTo("unbilled"))
                .body("items[0].invoiceNumber", equalTo(""));
    }

    @Test
    void shouldShowLateLinesOfAClosedPeriodUnderCurrentWhenThePartnerClosedIt() {
        // given a partner that closed February, with a late February line unbilled, one of January it has not
        // closed, a billed February line, and lines of March; the late line is rated after March's first
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "P", "1", null);
        UUID customer = BillingRows.customer(partner, null, "C", "c.onmicrosoft.com", "NL");
        UUID subscription = BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "S");
        close(partner, "2031-02");
        close(BillingRows.partner(PartnerType.DIRECT, "Other", "2", null), "2031-01");
        line(partner, customer, subscription).meter("march-1").insert();
        line(partner, customer, subscription).meter("feb-billed").usageDate(LocalDate.of(2031, 2, 3))
                .invoice("X000000002").insert();
        line(partner, customer, subscription).meter("feb-late").usageDate(LocalDate.of(2031, 2, 3)).insert();
        line(partner, customer, subscription).meter("jan-open").usageDate(LocalDate.of(2031, 1, 3)).insert();
        line(partner, customer, subscription).meter("march-2").insert();
        Caller admin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);

        // when the current period is read a line at a time
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            var request = as(admin);
            if (token != null) {
                request.header("MS-ContinuationToken", token);
            }
            JsonPath page = request.get(USAGE + "&currencycode=USD&size=1").then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(page.getList("items.meterId"));
            token = page.getString("links.next.headers[0].value");
        } while (token != null);

        // then March's lines and the late one answer, in id order, each once; the previous period, closed, has
        // nothing unbilled of its own: its late line is the current period's, shown there only
        assertThat(seen).containsExactly("march-1", "feb-late", "march-2");
        as(admin).get(PATH + "?provider=onetime&invoicelineitemtype=usagelineitems&currencycode=USD"
                + "&period=previous").then().statusCode(200).body("totalCount", equalTo(0));
    }

    private static void close(UUID partner, String period) {
        BillingPeriodClose close = new BillingPeriodClose();
        close.key = new BillingPeriodClose.Key(partner, period);
        close.closedAt = Instant.now();
        QuarkusTransaction.requiringNew().run(close::persist);
    }

    private static void lineOf(UUID provider, UUID reseller, String meter) {
        UUID customer = BillingRows.customer(provider, reseller, "C " + meter, meter + ".onmicrosoft.com", "NL");
        UUID subscription = BillingRows.subscription(customer, provider, reseller, "DZH318Z0BCZC", "S");
        line(provider, customer, subscription).reseller(reseller).meter(meter).insert();
    }
}
