package org.partnercenter.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.lineitem.LineItemBuilder.line;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_REGISTERED;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.billing.support.Events;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.PostgresAndKafka;

/** What a statement prints, read back from the PDF. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class StatementTest {

    private static final YearMonth MARCH = YearMonth.of(2031, 3);
    private static final Instant RATE_DATE = Instant.parse("2031-03-01T00:00:00Z");

    static String path(String invoiceId) {
        return "/v1/invoices/" + invoiceId + "/documents/statement";
    }

    @Test
    void shouldPrintThePartnerTheInvoiceEachCustomersTotalAndWhatIsDueWhenItsBillingAdminReadsIt() {
        // given a direct partner registered with an address, as the gateway announces it
        UUID partner = UUID.randomUUID();
        Publish.partners(EventSamples.of(PARTNER_REGISTERED).with("tenantId", partner).with("partnerType", "direct")
                .with("providerTenantId", null).with("name", "Contoso Partner").with("address", Map.of(
                        "addressLine1", "Evert van de Beekstraat 354", "city", "Schiphol", "postalCode", "1118 CZ",
                        "country", "NL")).envelope(partner));
        Events.awaitPartner(partner);
        // and its invoice of March in euros, partly paid: three lines of one customer, one of another
        UUID adatum = BillingRows.customer(partner, null, "Adatum Corporation", "adatum.onmicrosoft.com", "NL");
        UUID fabrikam = BillingRows.customer(partner, null, "Fabrikam Ltd", "fabrikam.onmicrosoft.com", "NL");
        String id = invoice(partner, MARCH).currency("EUR").totals("10.00", "0.21", "2.10", "12.10").paid("5.00")
                .invoiceDate(Instant.parse("2031-04-01T02:00:00Z")).insert().id;
        for (String total : new String[] {"1.25", "2.50", "3.00"}) {
            billed(partner, adatum, id, total);
        }
        billed(partner, fabrikam, id, "3.25");
        // and lines that are not on it: unbilled, and of another invoice
        billed(partner, adatum, null, "100.00");
        billed(partner, adatum, invoice(partner, MARCH.minusMonths(1)).currency("EUR").insert().id, "200.00");

        // when its billing admin reads the statement
        Response answer = as(caller(partner, PartnerType.DIRECT, Roles.BILLING_ADMIN)).get(path(id));

        // then it is a PDF shown inline, named after the invoice
        answer.then().statusCode(200).contentType(StatementResource.PDF)
                .header("Content-Disposition", "inline; filename=\"" + id + ".pdf\"");
        String text = StatementText.of(answer.asByteArray()).text();
        // addressed to the partner, with the invoice's number, dates and currency
        assertThat(text).contains("Invoice statement Contoso Partner Evert van de Beekstraat 354 Schiphol 1118 CZ NL",
                "Invoice number " + id, "Invoice date 2031-04-01", "Billing period 2031-03-01 to 2031-03-31 (2031-03)",
                "Due date 2031-05-01", "Currency EUR");
        // each customer's lines on this invoice only, counted and summed, by name
        assertThat(text).contains("Adatum Corporation " + adatum + " 3 6.75", "Fabrikam Ltd " + fabrikam + " 1 3.25");
        assertThat(text.indexOf("Adatum Corporation")).isLessThan(text.indexOf("Fabrikam Ltd"));
        assertThat(text).doesNotContain("Reseller", "Own customers");
        // and the invoice's totals, what was paid and what is left to pay
        assertThat(text).contains("Subtotal 10.00 EUR", "Tax (21%) 2.10 EUR", "Total 12.10 EUR",
                "Amount paid 5.00 EUR", "Balance due 7.10 EUR", "Page 1 of 1");
    }

    @Test
    void shouldGroupCustomersUnderTheirResellersWhenTheInvoiceIsAnIndirectProviders() {
        // given an indirect provider without an address, a customer of its own, and two resellers' customers
        UUID provider = BillingRows.partner(PartnerType.INDIRECT_PROVIDER, "Northwind Provider", "1000001", null);
        UUID wingtip = BillingRows.partner(PartnerType.INDIRECT_RESELLER, "Wingtip Reseller", "2000002", provider);
        UUID alpine = BillingRows.partner(PartnerType.INDIRECT_RESELLER, "Alpine Reseller", "2000001", provider);
        UUID own = BillingRows.customer(provider, null, "Provider Own Customer", "own.onmicrosoft.com", "US");
        UUID ski = BillingRows.customer(provider, alpine, "Alpine Ski House", "ski.onmicrosoft.com", "US");
        UUID lodge = BillingRows.customer(provider, alpine, "Alpine Lodge", "lodge.onmicrosoft.com", "US");
        UUID toys = BillingRows.customer(provider, wingtip, "Wingtip Toys", "toys.onmicrosoft.com", "US");
        String id = invoice(provider, MARCH).currency("EUR").totals("17.00", "0", "0", "17.00").insert().id;
        billed(provider, own, id, "1.00");
        billed(provider, ski, id, "2.00", alpine);
        billed(provider, ski, id, "3.00", alpine);
        billed(provider, lodge, id, "4.00", alpine);
        billed(provider, toys, id, "7.00", wingtip);

        // when its global admin reads the statement
        String text = StatementText.of(as(caller(provider, PartnerType.INDIRECT_PROVIDER, Roles.GLOBAL_ADMIN))
                .get(path(id)).then().statusCode(200).extract().asByteArray()).text();

        // then its own customers come first, then each reseller (by name) with its total and its customers
        assertThat(text).contains("Northwind Provider",
                "Own customers 1.00 Provider Own Customer " + own + " 1 1.00",
                "Reseller Alpine Reseller (MPN id 2000001) 9.00 Alpine Lodge " + lodge + " 1 4.00 Alpine Ski House "
                        + ski + " 2 5.00",
                "Reseller Wingtip Reseller (MPN id 2000002) 7.00 Wingtip Toys " + toys + " 1 7.00",
                "Subtotal 17.00 EUR", "Tax (0%) 0.00 EUR", "Balance due 17.00 EUR");
        assertThat(text.indexOf("Own customers")).isLessThan(text.indexOf("Alpine Reseller"));
        assertThat(text.indexOf("Alpine Reseller")).isLessThan(text.indexOf("Wingtip Reseller"));
    }

    @Test
    void shouldFlowOntoFurtherPagesWithTheColumnTitlesWhenTheInvoiceHasManyCustomers() {
        // given an invoice of 150 customers
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "Many Customers Partner", "3000001", null);
        String id = invoice(partner, MARCH).currency("EUR").insert().id;
        for (int i = 0; i < 150; i++) {
            UUID customer = BillingRows.customer(partner, null, String.format("Customer %03d", i),
                    "c" + i + ".onmicrosoft.com", "US");
            billed(partner, customer, id, "1.00");
        }

        // when the statement is read
        StatementText statement = StatementText.of(as(caller(partner, PartnerType.DIRECT, Roles.ADMIN_AGENT))
                .get(path(id)).then().statusCode(200).extract().asByteArray());

        // then it runs over several numbered pages, every customer on one, each page of the table under its titles
        assertThat(statement.pages()).isGreaterThanOrEqualTo(3);
        assertThat(statement.text()).contains("Page 1 of " + statement.pages(),
                "Page " + statement.pages() + " of " + statement.pages(), "Customer 000", "Customer 149", "Subtotal");
        for (int i = 0; i < 150; i++) {
            assertThat(statement.count(String.format("Customer %03d ", i))).isEqualTo(1);
        }
        assertThat(statement.count("Customer id")).isGreaterThanOrEqualTo(statement.pages() - 1);
    }

    @Test
    void shouldPrintWhatTheFontCanAndMarkTheRestWhenNamesHaveUnusualCharacters() {
        // given a partner and customers named in Greek, Polish, Japanese and with an emoji
        UUID partner = BillingRows.partner(PartnerType.DIRECT, "Ωmega Partners Zoë", "4000001", null);
        UUID polish = BillingRows.customer(partner, null, "Łódź Żółw Sp. z o.o.", "lodz.onmicrosoft.com", "PL");
        UUID japanese = BillingRows.customer(partner, null, "株式会社テスト", "kk.onmicrosoft.com", "JP");
        UUID rocket = BillingRows.customer(partner, null, "Rocket 🚀 Labs", "rocket.onmicrosoft.com", "US");
        UUID longName = BillingRows.customer(partner, null, "Long ".repeat(50), "long.onmicrosoft.com", "US");
        String id = invoice(partner, MARCH).currency("EUR").insert().id;
        for (UUID customer : new UUID[] {polish, japanese, rocket, longName}) {
            billed(partner, customer, id, "1.00");
        }

        // when the statement is read
        String text = StatementText.of(as(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get(path(id))
                .then().statusCode(200).extract().asByteArray()).text();

        // then the embedded font prints what it has glyphs for, a '?' stands for each character it has none for,
        // and a name too long for its column is cut short
        assertThat(text).contains("Ωmega Partners Zoë", "Łódź Żółw Sp. z o.o. " + polish, "??????? " + japanese,
                "Rocket ? Labs " + rocket, "... " + longName);
        assertThat(text).doesNotContain("Long ".repeat(20));
    }

    private static void billed(UUID partner, UUID customer, String invoiceId, String total) {
        billed(partner, customer, invoiceId, total, null);
    }

    /** A line in euros, on that invoice (unbilled when null). */
    private static void billed(UUID partner, UUID customer, String invoiceId, String total, UUID reseller) {
        line(partner, customer, UUID.randomUUID()).reseller(reseller).billed("EUR", total, "0.9", RATE_DATE)
                .invoice(invoiceId).insert();
    }
}
