package org.partnercenter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.partnercenter.e2e.support.Quantities.quantity;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.Customers;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.LastMonth;
import org.partnercenter.e2e.support.LongOperations.Followed;
import org.partnercenter.e2e.support.PeriodCloses;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.UsageBatch;

/**
 * The operator closes last month for a partner with usage in it; the partner's billing admin reads the invoice, to the
 * cent, and its line items: customer-service, the usage topic, billing's rating and close, through the gateway.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoicesIT {

    private static final String UNBILLED = "/v1/invoices/unbilled/lineitems?provider=onetime"
            + "&invoicelineitemtype=usagelineitems&currencycode=USD&period=";

    private final StackUnderTest stack;
    private final Gateway gateway;
    private final YearMonth month = LastMonth.month();
    /** When the test's prices take effect and its usage starts: see {@link LastMonth}. */
    private final Instant usageStart = LastMonth.evening();
    private final String usageDate = LastMonth.usageDate();
    private final UUID meter = UUID.randomUUID();
    private TestPartner partner;
    private TestUser billingAdmin;
    private String customerId;
    private String subscriptionId;
    private Instant closeBegan;
    private Followed close;
    private Instant closeEnded;
    private String invoiceId;

    InvoicesIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    /**
     * A partner's Azure plan with 14 hours of a meter priced 2 hours included each month, then 0.50 USD an hour up to
     * 10, 0.25 beyond, posted for last month's last evening, rated; then the operator closes last month for it.
     */
    @BeforeAll
    void closeLastMonthOfAPartnerWithUsage() throws InterruptedException {
        partner = stack.partners().direct();
        billingAdmin = stack.partners().addUser(partner, "billing", "billing_admin");
        customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Invoiced Customer"));
        subscriptionId = stack.customers().orderAzurePlan(partner.admin(), customerId);
        LastMonth.publish(gateway, stack.operator(), LastMonth.prices()
                .meter(meter, "E2E Invoiced Hours", "Virtual Machines", "1 Hour", "0=0.50", "10=0.25")
                .with("includedQuantity", new BigDecimal("2")));
        gateway.as(stack.operator()).body(UsageBatch.batch()
                        .record(customerId, subscriptionId, meter.toString(), "6", "1 Hour", usageStart.plusSeconds(10),
                                Duration.ofHours(1))
                        .record(customerId, subscriptionId, meter.toString(), "8", "1 Hour", usageStart.plusSeconds(20),
                                Duration.ofHours(1)).build())
                .post("/v1/usagerecords/batches").then().statusCode(200).body("accepted", equalTo(2));
        // The close bills what is rated: the usage must have met its price, which reaches billing on its own topic.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> gateway
                .as(billingAdmin).get(UNBILLED + "previous").then().statusCode(200).extract().jsonPath()
                .getList("items.billingPreTaxTotal").stream().map(total -> new BigDecimal(total.toString()))
                .toList(), totals -> totals.size() == 1 && totals.get(0).compareTo(new BigDecimal("5")) == 0);

        closeBegan = Instant.now();
        close = new PeriodCloses(gateway, stack.operator()).close(month, partner.tenantId());
        closeEnded = Instant.now();
        invoiceId = gateway.as(billingAdmin).get("/v1/invoices?period=" + month).then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
    }

    @Test
    void shouldSucceedPointingAtTheMonthsInvoicesWhenTheOperatorFollowsTheClose() {
        String operationId = close.accepted().getString("id");
        assertThat(close.accepted().getString("status")).isEqualTo("running");
        assertThat(close.location()).endsWith("/v1/operations/" + operationId);
        JsonPath ended = close.ended();
        assertThat(ended.getString("id")).isEqualTo(operationId);
        assertThat(ended.getString("status")).isEqualTo("succeeded");
        assertThat(ended.getString("resourceLocation")).isEqualTo("/invoices?period=" + month);
        assertThat(ended.getString("error")).isNull();
        assertThat(ended.getString("attributes.objectType")).isEqualTo("Operation");
        assertThat(instant(ended.getString("lastActionDateTime")))
                .isAfterOrEqualTo(instant(ended.getString("createdDateTime")));
    }

    @Test
    void shouldChargeFiveDollarsForFourteenHoursWhenTheBillingAdminReadsTheInvoice() {
        gateway.as(billingAdmin).get("/v1/invoices").then().statusCode(200)
                .body("items.id", equalTo(List.of(invoiceId)))
                .body("attributes.objectType", equalTo("Collection"));

        JsonPath invoice = gateway.as(billingAdmin).get("/v1/invoices/" + invoiceId).then().statusCode(200)
                .body("subTotal", quantity("5.00"))
                .body("taxTotal", quantity("0"))
                .body("totalCharges", quantity("5.00"))
                .body("paidAmount", quantity("0"))
                .body("currencyCode", equalTo("USD"))
                .body("currencySymbol", equalTo("$"))
                .body("invoiceType", equalTo("OneTime"))
                .body("documentType", equalTo("invoice"))
                .body("invoiceDetails", hasSize(1))
                .body("invoiceDetails[0].invoiceLineItemType", equalTo("usage_line_items"))
                .body("invoiceDetails[0].billingProvider", equalTo("one_time"))
                .body("invoiceDetails[0].links.self.uri",
                        equalTo("/invoices/" + invoiceId + "/lineitems/OneTime/UsageLineItems"))
                .body("invoiceDetails[0].attributes.objectType", equalTo("InvoiceDetail"))
                .body("pdfDownloadLink", equalTo("/invoices/" + invoiceId + "/documents/statement"))
                .body("taxReceipts", empty())
                .body("amendments", empty())
                .body("links.self.uri", equalTo("/invoices/" + invoiceId))
                .body("attributes.objectType", equalTo("Invoice"))
                .extract().jsonPath();
        assertThat(invoiceId).matches("G[0-9]{9}");
        Instant invoiceDate = instant(invoice.getString("invoiceDate"));
        assertThat(invoiceDate).isBetween(closeBegan.minusSeconds(5), closeEnded.plusSeconds(5));
        assertThat(instant(invoice.getString("dueDate"))).isEqualTo(invoiceDate.plus(Duration.ofDays(30)));
        assertThat(instant(invoice.getString("billingPeriodStartDate")))
                .isEqualTo(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(instant(invoice.getString("billingPeriodEndDate"))).isEqualTo(instant(usageDate));
    }

    @Test
    void shouldListTheSameOneLineInBothFormsWhenTheInvoicesLineItemsAreRead() {
        String base = "/v1/invoices/" + invoiceId + "/lineitems";
        JsonPath queried = gateway.as(billingAdmin).get(base + "?provider=onetime&invoicelineitemtype=usagelineitems"
                        + "&size=2000").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"))
                .body("items[0].invoiceNumber", equalTo(invoiceId))
                .body("items[0].partnerId", equalTo(partner.tenantId()))
                .body("items[0].customerId", equalTo(customerId))
                .body("items[0].customerName", equalTo("Invoiced Customer"))
                .body("items[0].productId", equalTo(Customers.AZURE_PLAN))
                .body("items[0].subscriptionId", equalTo(subscriptionId))
                .body("items[0].usageDate", equalTo(usageDate))
                .body("items[0].meterId", equalTo(meter.toString()))
                .body("items[0].meterName", equalTo("E2E Invoiced Hours"))
                .body("items[0].quantity", quantity("14"))
                .body("items[0].unitPrice", quantity("0.25"))
                .body("items[0].pricingPreTaxTotal", quantity("5.00"))
                .body("items[0].billingPreTaxTotal", quantity("5.00"))
                .body("items[0].billingCurrency", equalTo("USD"))
                .body("items[0].attributes.objectType", equalTo("DailyRatedUsageLineItem"))
                .extract().jsonPath();
        JsonPath byPath = gateway.as(billingAdmin).get(base + "/OneTime/UsageLineItems").then().statusCode(200)
                .extract().jsonPath();

        assertThat(byPath.getList("items")).isEqualTo(queried.getList("items"));
    }

    @Test
    void shouldRefuseTheSalesAgentAndHideTheInvoiceFromOtherPartnersButNotFromTheOperatorWhenTheyReadIt() {
        TestUser sales = stack.partners().addUser(partner, "sales", "sales_agent");
        gateway.as(sales).get("/v1/invoices/" + invoiceId).then().statusCode(403).body("code", equalTo(900150));
        TestUser stranger = stack.partners().direct().admin();
        gateway.as(stranger).get("/v1/invoices/" + invoiceId).then().statusCode(404);
        gateway.as(stranger).get("/v1/invoices/" + invoiceId + "/lineitems/OneTime/UsageLineItems").then()
                .statusCode(404);
        gateway.as(stranger).get("/v1/invoices?period=" + month).then().statusCode(200).body("items", empty());

        gateway.as(stack.operator()).get("/v1/invoices/" + invoiceId).then().statusCode(200)
                .body("totalCharges", quantity("5.00"));
        gateway.as(stack.operator()).get("/v1/invoices?partnerTenantId=" + partner.tenantId()).then()
                .statusCode(200).body("items.id", equalTo(List.of(invoiceId)));
    }

    @Test
    void shouldIssueNothingNewWhenTheOperatorClosesTheMonthAgain() throws InterruptedException {
        Followed again = new PeriodCloses(gateway, stack.operator()).close(month, partner.tenantId());

        assertThat(again.ended().getString("status")).isEqualTo("succeeded");
        assertThat(again.ended().getString("id")).isNotEqualTo(close.ended().getString("id"));
        gateway.as(billingAdmin).get("/v1/invoices?period=" + month).then().statusCode(200)
                .body("items.id", equalTo(List.of(invoiceId)));
        gateway.as(stack.operator()).get("/v1/billingperiods?billingPeriod=" + month + "&partnerTenantId="
                        + partner.tenantId()).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].state", equalTo("closed"))
                .body("items[0].invoiceCount", equalTo(1));
    }

    @Test
    void shouldBillUsageArrivingAfterTheCloseAsALateLineOfTheCurrentPeriodWhenTheMonthIsClosed() {
        // when 4 more hours of last month's last evening arrive: 18 hours are 6.00 USD, 1.00 more than billed
        gateway.as(stack.operator()).body(UsageBatch.batch()
                        .record(customerId, subscriptionId, meter.toString(), "4", "1 Hour",
                                usageStart.plus(Duration.ofMinutes(30)), Duration.ofHours(1)).build())
                .post("/v1/usagerecords/batches").then().statusCode(200).body("accepted", equalTo(1));

        // then the current period shows a late line with its own usage date, not billed
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> gateway
                .as(billingAdmin).get(UNBILLED + "current").then().statusCode(200).extract()
                .<Integer>path("totalCount") > 0);
        gateway.as(billingAdmin).get(UNBILLED + "current").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].invoiceNumber", equalTo(""))
                .body("items[0].usageDate", equalTo(usageDate))
                .body("items[0].meterId", equalTo(meter.toString()))
                .body("items[0].quantity", quantity("4"))
                .body("items[0].billingPreTaxTotal", quantity("1.00"));

        // and the invoice still bills its 14 hours for 5.00 USD
        gateway.as(billingAdmin).get("/v1/invoices/" + invoiceId).then().statusCode(200)
                .body("totalCharges", quantity("5.00"));
        gateway.as(billingAdmin).get("/v1/invoices/" + invoiceId + "/lineitems/OneTime/UsageLineItems").then()
                .statusCode(200).body("totalCount", equalTo(1)).body("items[0].quantity", quantity("14"));
    }

    /** As the services write instants; parsed, so that the comparison does not hang on their precision. */
    private static Instant instant(String written) {
        return OffsetDateTime.parse(written).toInstant();
    }
}
