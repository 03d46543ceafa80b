package org.partnercenter.billing.usagesummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.lineitem.LineItemBuilder.line;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

/** The rated cost of a customer, a subscription and the partner: the current period's lines, summed exactly. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class UsageSummaryTest {

    private static final LocalDate MARCH_5 = LocalDate.of(2031, 3, 5);

    @Inject
    AdjustableClock clock;

    UUID partner;
    UUID customer;
    UUID subscription;
    Caller billingAdmin;

    @BeforeEach
    void aDirectPartnersCustomerInMidMarch2031() {
        clock.set(Instant.parse("2031-03-15T10:00:00Z"));
        partner = BillingRows.partner(PartnerType.DIRECT, "Contoso Partner", "5357564", null);
        customer = BillingRows.customer(partner, null, "Fabrikam", "fabrikam.onmicrosoft.com", "DE");
        subscription = BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC", "Production");
        billingAdmin = caller(partner, PartnerType.DIRECT, Roles.BILLING_ADMIN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldSumTheCurrentPeriodsLinesInTheBillingCurrencyWhenACustomerSummaryIsRead() {
        // given two unbilled lines and a billed one this month in euros, one of last month and one in dollars
        line(partner, customer, subscription).usageDate(MARCH_5).prices("24", "0.1", "0.1", "2.41")
                .billed("EUR", "2.17", "0.9", Instant.parse("2031-03-01T00:00:00Z")).insert();
        line(partner, customer, subscription).usageDate(MARCH_5.plusDays(1)).prices("1", "0.1", "0.1", "0.11")
                .billed("EUR", "0.10", "0.9", Instant.parse("2031-03-01T00:00:00Z")).insert();
        line(partner, customer, subscription).usageDate(MARCH_5.plusDays(2)).billed("EUR", "1.03", "0.9", null)
                .invoice("G000000042").insert();
        line(partner, customer, subscription).usageDate(LocalDate.of(2031, 2, 27)).billed("EUR", "50", "0.9", null)
                .insert();
        line(partner, customer, subscription).usageDate(MARCH_5.plusDays(3)).billed("USD", "70", "1", null)
                .insert();

        // when its billing admin reads the customer's usage summary
        Response answer = as(billingAdmin).get("/v1/customers/" + customer + "/usagesummary");

        // then the total is exact, in the partner's currency, over this month's lines only
        answer.then().statusCode(200)
                .body("resourceId", equalTo(customer.toString()))
                .body("resourceName", equalTo("Fabrikam"))
                .body("billingStartDate", equalTo("2031-03-01T00:00:00Z"))
                .body("billingEndDate", equalTo("2031-04-01T00:00:00Z"))
                .body("currencyCode", equalTo("EUR"))
                .body("currencyLocale", equalTo("en-NL"))
                .body("budget.attributes.objectType", equalTo("SpendingBudget"))
                .body("links.self.uri", equalTo("/customers/" + customer + "/usagesummary"))
                .body("attributes.objectType", equalTo("CustomerUsageSummary"));
        assertThat(money(answer, "totalCost")).isEqualByComparingTo("3.30");
        assertThat(money(answer, "usdTotalCost")).isEqualByComparingTo("4.92");
        assertThat(Instant.parse(answer.jsonPath().getString("lastModifiedDate"))).isAfter(Instant.EPOCH);
    }

    @Test
    void shouldAnswerZeroFromThePeriodsStartWhenNothingOfTheSubscriptionIsRatedYet() {
        Response answer = as(billingAdmin).get("/v1/customers/" + customer + "/subscriptions/" + subscription
                + "/usagesummary");

        answer.then().statusCode(200)
                .body("resourceId", equalTo(subscription.toString()))
                .body("resourceName", equalTo("Production"))
                .body("lastModifiedDate", equalTo("2031-03-01T00:00:00Z"))
                .body("currencyCode", equalTo("EUR"))
                .body("attributes.objectType", equalTo("SubscriptionUsageSummary"));
        assertThat(money(answer, "totalCost")).isEqualByComparingTo("0");
    }

    @Test
    void shouldAnswerOneRecordPerSubscriptionWhenTheCustomersSubscriptionUsageRecordsAreRead() {
        UUID idle = BillingRows.subscription(customer, partner, null, "MS-AZR-0145P", "Idle");
        line(partner, customer, subscription).usageDate(MARCH_5).billed("EUR", "7.25", "0.9", null).insert();

        Response answer = as(billingAdmin).get("/v1/customers/" + customer + "/subscriptions/usagerecords");
        answer.then().statusCode(200).body("totalCount", equalTo(2))
                .body("attributes.objectType", equalTo("Collection"));
        JsonPath page = answer.jsonPath();

        int used = page.getString("items[0].resourceId").equals(subscription.toString()) ? 0 : 1;
        assertThat(money(answer, "items[" + used + "].totalCost")).isEqualByComparingTo("7.25");
        assertThat(page.getString("items[" + used + "].offerId")).isEqualTo("DZH318Z0BCZC");
        assertThat(page.getString("items[" + (1 - used) + "].resourceId")).isEqualTo(idle.toString());
        assertThat(money(answer, "items[" + (1 - used) + "].totalCost")).isEqualByComparingTo("0");
        assertThat(page.getString("items[0].attributes.objectType")).isEqualTo("SubscriptionMonthlyUsageRecord");
    }

    @Test
    void shouldIncludeItsResellersCustomersWhenAProviderReadsCustomerUsageRecordsAndItsSummary() {
        UUID provider = BillingRows.partner(PartnerType.INDIRECT_PROVIDER, "Provider", "1111111", null);
        UUID reseller = BillingRows.partner(PartnerType.INDIRECT_RESELLER, "Reseller", "2222222", provider);
        UUID own = BillingRows.customer(provider, null, "Alpha", "alpha.onmicrosoft.com", "NL");
        UUID resellers = BillingRows.customer(reseller, null, "Beta", "beta.onmicrosoft.com", "NL");
        UUID ownSubscription = BillingRows.subscription(own, provider, null, "DZH318Z0BCZC", "A");
        UUID resellersSubscription = BillingRows.subscription(resellers, reseller, null, "DZH318Z0BCZC", "B");
        line(provider, own, ownSubscription).usageDate(MARCH_5).billed("EUR", "1.50", "0.9", null).insert();
        line(provider, resellers, resellersSubscription).reseller(reseller).usageDate(MARCH_5)
                .billed("EUR", "2.25", "0.9", null).insert();
        Caller admin = caller(provider, PartnerType.INDIRECT_PROVIDER, Roles.GLOBAL_ADMIN);

        as(admin).get("/v1/customers/usagerecords").then().statusCode(200).body("totalCount", equalTo(2))
                .body("items[0].resourceName", equalTo("Alpha")).body("items[0].totalCost", equalTo(1.5f))
                .body("items[1].resourceName", equalTo("Beta")).body("items[1].totalCost", equalTo(2.25f))
                .body("items[1].attributes.objectType", equalTo("CustomerMonthlyUsageRecord"));
        Response summary = as(admin).get("/v1/usagesummary");
        summary.then().statusCode(200).body("resourceId", equalTo(provider.toString()))
                .body("resourceName", equalTo("Provider"))
                .body("customersWithUsageBasedSubscription", equalTo(2))
                .body("attributes.objectType", equalTo("PartnerUsageSummary"));
        assertThat(money(summary, "totalCost")).isEqualByComparingTo("3.75");
        as(admin).get("/v1/customers/" + resellers + "/usagesummary").then().statusCode(200);
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherPartnersCustomerOrAnotherCustomersSubscriptionIsRead() {
        UUID other = BillingRows.partner(PartnerType.DIRECT, "Other", "3333333", null);
        UUID othersCustomer = BillingRows.customer(other, null, "Gamma", "gamma.onmicrosoft.com", "NL");
        UUID othersSubscription = BillingRows.subscription(othersCustomer, other, null, "DZH318Z0BCZC", "C");

        as(billingAdmin).get("/v1/customers/" + othersCustomer + "/usagesummary").then().statusCode(404);
        as(billingAdmin).get("/v1/customers/" + othersCustomer + "/subscriptions/usagerecords").then()
                .statusCode(404);
        as(billingAdmin).get("/v1/customers/" + customer + "/subscriptions/" + othersSubscription + "/usagesummary")
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseWhenAResellerOrARoleWithoutUsageReadsOrTheOperatorNamesNoPartner() {
        Caller reseller = caller(UUID.randomUUID(), PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN);
        as(reseller).get("/v1/usagesummary").then().statusCode(403);
        as(caller(partner, PartnerType.DIRECT, Roles.USER_ADMIN)).get("/v1/customers/" + customer + "/usagesummary")
                .then().statusCode(403).body("code", equalTo(900150));
        as(caller(UUID.randomUUID(), PartnerType.OPERATOR, Roles.OPERATOR_ADMIN)).get("/v1/customers/usagerecords")
                .then().statusCode(400).body("data[0]", equalTo("partnerTenantId"));
        as(caller(UUID.randomUUID(), PartnerType.OPERATOR, Roles.OPERATOR_ADMIN))
                .get("/v1/usagesummary?partnerTenantId=")
                .then().statusCode(400).body("data[0]", equalTo("partnerTenantId"));
    }

    private static BigDecimal money(Response answer, String path) {
        return JsonPath.from(answer.asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getObject(path, BigDecimal.class);
    }
}
