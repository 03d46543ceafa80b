package org.partnercenter.e2e.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.PriceListBody;
import org.partnercenter.e2e.support.PricesInForce;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.UnbilledLineItems;
import org.partnercenter.e2e.support.UsageBatch;

/**
 * The SDKs' Azure utilization query names each meter as the price list in force does; their usage summary calls ({@code Customers.ById(id).UsageSummary.Get()}, {@code Subscriptions.ById(sid)
 * .UsageSummary}, {@code Subscriptions.UsageRecords}, {@code Customers.UsageRecords}, {@code UsageSummary}) answer
 * the documented shapes with the rated cost of the current billing period: the sum of the unbilled line items.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageCompatIT {

    private final StackUnderTest stack;
    private final Gateway gateway;
    private TestPartner partner;
    private TestUser billingAdmin;
    private String customerId;
    private String subscriptionId;
    /** The partner's unbilled usage of the current period, in its billing currency: what every summary totals. */
    private BigDecimal unbilledTotal;
    private Instant effective;

    UsageCompatIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @BeforeAll
    void aCustomersUsageRatedOnTwoMeters() {
        partner = stack.partners().direct();
        billingAdmin = stack.partners().addUser(partner, "billing", "billing_admin");
        customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Usage Summary Customer"));
        subscriptionId = stack.customers().orderAzurePlan(partner.admin(), customerId);
        UUID compute = UUID.randomUUID();
        UUID storage = UUID.randomUUID();
        effective = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
        publishPrices(effective, compute, storage);
        gateway.as(stack.operator()).body(UsageBatch.batch()
                        .record(customerId, subscriptionId, compute.toString(), "6", "1 Hour", effective.plusSeconds(10),
                                Duration.ofHours(1))
                        .record(customerId, subscriptionId, storage.toString(), "3", "1 Hour", effective.plusSeconds(20),
                                Duration.ofHours(1)).build())
                .post("/v1/usagerecords/batches").then().statusCode(200).body("accepted", equalTo(2));
        String unbilled = UnbilledLineItems.pathFor(effective);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                gateway.as(billingAdmin).get(unbilled).then().statusCode(200).extract().<Integer>path("totalCount") == 2);
        List<Object> totals = gateway.as(billingAdmin).get(unbilled).then().extract().jsonPath()
                .getList("items.billingPreTaxTotal");
        unbilledTotal = unbilled.endsWith("period=current") ? totals.stream().map(total -> new BigDecimal(total.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add) : BigDecimal.ZERO;
    }

    @Test
    void shouldAnswerTheCustomerUsageSummaryWithTheUnbilledTotalWhenTheSdkGetsIt() {
        JsonPath summary = sdk(billingAdmin).get("/v1/customers/" + customerId + "/usagesummary").then()
                .statusCode(200)
                .body("resourceId", equalTo(customerId))
                .body("resourceName", equalTo("Usage Summary Customer"))
                .body("currencyCode", equalTo("USD"))
                .body("currencyLocale", notNullValue())
                .body("budget.attributes.objectType", equalTo("SpendingBudget"))
                .body("lastModifiedDate", notNullValue())
                .body("attributes.objectType", equalTo("CustomerUsageSummary"))
                .extract().jsonPath();
        assertCurrentPeriod(summary);
        assertThat(summary.getObject("totalCost", BigDecimal.class)).isEqualByComparingTo(unbilledTotal);
    }

    @Test
    void shouldNameEachMeterAsThePriceListDoesWhenTheSdkQueriesAzureUtilization() {
        // Subscriptions.ById(sid).Utilization.Azure.Query(start, end, AzureUtilizationGranularity.Daily, true, 1000)
        sdk(partner.admin()).queryParam("start_time", effective.truncatedTo(ChronoUnit.DAYS).toString())
                .queryParam("end_time", effective.plus(Duration.ofDays(1)).toString())
                .queryParam("show_details", "True").queryParam("granularity", "Daily").queryParam("size", 1000)
                .get("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId + "/utilizations/azure")
                .then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("items.resource.name", containsInAnyOrder("E2E Summary Compute", "E2E Summary Storage"))
                .body("items.resource.category", containsInAnyOrder("Virtual Machines", "Storage"))
                .body("items.find { it.resource.name == 'E2E Summary Compute' }.resource.subcategory",
                        equalTo("Dv3 Series"))
                .body("items[0].attributes.objectType", equalTo("AzureUtilizationRecord"));
    }

    @Test
    void shouldAnswerTheSubscriptionUsageSummaryWithTheUnbilledTotalWhenTheSdkGetsIt() {
        JsonPath summary = sdk(billingAdmin).get("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId
                        + "/usagesummary").then().statusCode(200)
                .body("resourceId", equalTo(subscriptionId))
                .body("currencyCode", equalTo("USD"))
                .body("attributes.objectType", equalTo("SubscriptionUsageSummary"))
                .extract().jsonPath();
        assertCurrentPeriod(summary);
        assertThat(summary.getObject("totalCost", BigDecimal.class)).isEqualByComparingTo(unbilledTotal);
    }

    @Test
    void shouldAnswerACollectionOfSubscriptionMonthlyUsageRecordsWhenTheSdkListsTheCustomersSubscriptions() {
        JsonPath records = sdk(billingAdmin).get("/v1/customers/" + customerId + "/subscriptions/usagerecords")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"))
                .body("items[0].resourceId", equalTo(subscriptionId))
                .body("items[0].currencyCode", equalTo("USD"))
                .body("items[0].attributes.objectType", equalTo("SubscriptionMonthlyUsageRecord"))
                .extract().jsonPath();
        assertThat(records.getObject("items[0].totalCost", BigDecimal.class)).isEqualByComparingTo(unbilledTotal);
    }

    @Test
    void shouldAnswerACollectionOfCustomerMonthlyUsageRecordsAndThePartnerSummaryWhenTheSdkReadsThePartnersUsage() {
        JsonPath records = sdk(billingAdmin).get("/v1/customers/usagerecords").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"))
                .body("items[0].resourceId", equalTo(customerId))
                .body("items[0].budget.attributes.objectType", equalTo("SpendingBudget"))
                .body("items[0].attributes.objectType", equalTo("CustomerMonthlyUsageRecord"))
                .extract().jsonPath();
        assertThat(records.getObject("items[0].totalCost", BigDecimal.class)).isEqualByComparingTo(unbilledTotal);

        JsonPath summary = sdk(partner.admin()).get("/v1/usagesummary").then().statusCode(200)
                .body("resourceId", equalTo(partner.tenantId()))
                .body("resourceName", equalTo(partner.name()))
                .body("currencyCode", equalTo("USD"))
                .body("customersOverBudget", equalTo(0))
                .body("attributes.objectType", equalTo("PartnerUsageSummary"))
                .extract().jsonPath();
        assertCurrentPeriod(summary);
        assertThat(summary.getObject("totalCost", BigDecimal.class)).isEqualByComparingTo(unbilledTotal);
    }

    @Test
    void shouldAnswer404ToAnotherPartnerAnd403ToAResellerWhenTheyAskForTheSummary() {
        sdk(stack.partners().direct().admin()).get("/v1/customers/" + customerId + "/usagesummary").then()
                .statusCode(404).body("code", equalTo(404));
        TestPartner reseller = stack.partners().resellerOf(stack.partners().indirectProvider());
        sdk(reseller.admin()).get("/v1/usagesummary").then().statusCode(403);
    }

    /** As the SDKs send a read: their request and correlation ids, the contract version, JSON. */
    private RequestSpecification sdk(TestUser user) {
        return gateway.as(user).header("MS-RequestId", UUID.randomUUID().toString())
                .header("MS-CorrelationId", UUID.randomUUID().toString())
                .header("MS-Contract-Version", "v1").header("X-Locale", "en-US");
    }

    private static void assertCurrentPeriod(JsonPath summary) {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        assertThat(summary.getString("billingStartDate"))
                .isEqualTo(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        assertThat(summary.getString("billingEndDate"))
                .isEqualTo(month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
    }

    /** A version effective a little before now adding this class's two meters to those in force (prices are global). */
    @SuppressWarnings("unchecked")
    private void publishPrices(Instant effective, UUID compute, UUID storage) {
        Map<String, Object> prices = PriceListBody.effective(effective.toString())
                .meter(compute, "E2E Summary Compute", "Virtual Machines", "1 Hour", "0=0.50")
                .with("subcategory", "Dv3 Series")
                .meter(storage, "E2E Summary Storage", "Storage", "1 Hour", "0=0.25").build();
        prices.put("meters", Stream.concat(PricesInForce.meters(gateway, stack.operator(), effective).stream(),
                ((List<Map<String, Object>>) prices.get("meters")).stream()).toList());
        gateway.as(stack.operator()).body(prices).post("/v1/pricelists").then().statusCode(201);
    }
}
