package org.partnercenter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.deploy.demo.DemoCustomer;
import org.partnercenter.deploy.demo.DemoLoader;
import org.partnercenter.deploy.demo.DemoPartner;
import org.partnercenter.deploy.demo.DemoPrices;
import org.partnercenter.deploy.demo.DemoServiceRequest;
import org.partnercenter.deploy.demo.DemoUser;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackDescription;
import org.partnercenter.e2e.support.StackUnderTest;

/**
 * The launcher's demo data, loaded into the suite's stack (which starts with --no-demo) and read back
 * through the gateway as its partners and the operator see it.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIT {

    private static final long SEED = 7;

    private final StackUnderTest stack;
    private final Gateway gateway;
    private List<DemoPartner> firstLoad;
    private List<DemoPartner> secondLoad;

    DemoDataIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    /** Twice with the same seed: each load makes new tenants, so the two never meet. */
    @BeforeAll
    void loadTheDemoTwice() throws Exception {
        StackDescription description = stack.description();
        DemoLoader loader = new DemoLoader(description.gatewayUrl(), description.authority(), description.audience(),
                Clock.systemUTC());
        firstLoad = loader.load(description.operatorTenantId(), description.operatorUserPrincipalName(),
                description.operatorPassword(), SEED);
        secondLoad = loader.load(description.operatorTenantId(), description.operatorUserPrincipalName(),
                description.operatorPassword(), SEED);
    }

    @Test
    void shouldGiveEveryPartnerItsUsersRolesAndCustomersWhenTheDemoLoads() {
        List<DemoPartner> partners = firstLoad;

        assertThat(partners).extracting(DemoPartner::partnerType)
                .containsExactly("direct", "indirect_provider", "indirect_reseller", "indirect_reseller");
        for (DemoPartner partner : partners) {
            DemoUser admin = partner.globalAdmin();
            String token = stack.identityProvider()
                    .existingUser(admin.tenantId(), admin.objectId(), admin.userPrincipalName(), admin.password())
                    .token();
            List<String> rolesSeen = gateway.as(token).get("/v1/users").then().statusCode(200).extract()
                    .jsonPath().getList("items.roles.id.flatten()");
            assertThat(rolesSeen).as(partner.name()).containsExactlyInAnyOrderElementsOf(
                    partner.users().stream().flatMap(user -> user.roles().stream()).toList());
            List<String> customersSeen = gateway.as(token).get("/v1/customers?size=500").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            assertThat(customersSeen).as(partner.name()).containsExactlyInAnyOrderElementsOf(visibleTo(partner, partners));
        }
    }

    @Test
    void shouldListEveryMeterOfTheDemoUsageInTheRateCardWhenTheDirectPartnersSalesAgentReadsIt() {
        DemoUser sales = firstLoad.get(0).users().stream().filter(user -> user.roles().contains("sales_agent"))
                .findFirst().orElseThrow();
        String token = stack.identityProvider()
                .existingUser(sales.tenantId(), sales.objectId(), sales.userPrincipalName(), sales.password()).token();

        // as of the demo's prices: other tests may publish versions in force now (UnbilledUsageIT does)
        List<String> priced = gateway.as(token).get("/v1/ratecards/azure?asOf="
                        + DemoPrices.effectiveDate(Clock.systemUTC())).then().statusCode(200).extract()
                .jsonPath().getList("meters.id");
        assertThat(priced).containsExactlyInAnyOrderElementsOf(DemoPrices.meterIds());
    }

    @Test
    void shouldPostThirtyOneDaysOfTheSameUsageForEverySubscriptionWhenTheSeedIsTheSame() {
        List<DemoCustomer> first = customers(firstLoad);
        List<DemoCustomer> second = customers(secondLoad);

        assertThat(second).hasSameSizeAs(first).hasSize(9);
        for (int i = 0; i < first.size(); i++) {
            List<UsageDay> usage = dailyUsage(first.get(i));
            long meters = usage.stream().map(UsageDay::meterId).distinct().count();
            assertThat(meters).as(first.get(i).companyName()).isBetween(2L, 3L);
            assertThat(usage).as(first.get(i).companyName()).hasSize(31 * (int) meters)
                    .isEqualTo(dailyUsage(second.get(i)));
        }
    }

    @Test
    void shouldListEachPartnersServiceRequestsWithTheirSeverityEscalationAndNotesWhenTheDemoLoads() {
        assertThat(firstLoad).extracting(partner -> partner.serviceRequests().size()).containsExactly(2, 1, 0, 0);
        for (DemoPartner partner : firstLoad) {
            if (partner.partnerType().equals("indirect_reseller")) {
                continue; // resellers have no service requests here: they use their provider's solution
            }
            JsonPath listed = gateway.as(signIn(partner.globalAdmin())).get("/v1/servicerequests")
                    .then().statusCode(200).extract().jsonPath();
            List<DemoServiceRequest> expected = partner.serviceRequests();
            assertThat(listed.getList("items.id", String.class)).as(partner.name())
                    .containsExactlyElementsOf(expected.stream().map(DemoServiceRequest::id).toList());
            assertThat(listed.getList("items.title", String.class))
                    .containsExactlyElementsOf(expected.stream().map(DemoServiceRequest::title).toList());
            assertThat(listed.getList("items.severity", String.class))
                    .containsExactlyElementsOf(expected.stream().map(DemoServiceRequest::severity).toList());
            assertThat(listed.getList("items.customerId", String.class))
                    .containsExactlyElementsOf(expected.stream().map(DemoServiceRequest::customerId).toList());
            assertThat(listed.getList("items.escalation.escalated", Boolean.class))
                    .containsExactlyElementsOf(expected.stream().map(DemoServiceRequest::escalated).toList());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(listed.getList("items[" + i + "].notes.text", String.class))
                        .isEqualTo(expected.get(i).notes());
            }
        }
    }

    @Test
    void shouldIssueEachInvoicedPartnerOneInvoiceBillingEveryRecordOfThePreviousMonthWhenTheDemoLoads() {
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        for (DemoPartner partner : firstLoad) {
            if (partner.partnerType().equals("indirect_reseller")) {
                assertThat(partner.invoiceIds()).as(partner.name()).isEmpty(); // billing closes no reseller
                continue;
            }
            String token = signIn(partner.users().stream().filter(user -> user.roles().contains("billing_admin"))
                    .findFirst().orElseThrow());
            List<String> listed = gateway.as(token).get("/v1/invoices?period=" + month).then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            assertThat(listed).as(partner.name()).hasSize(1).isEqualTo(partner.invoiceIds());
            String id = listed.get(0);
            JsonPath invoice = gateway.as(token).get("/v1/invoices/" + id).then().statusCode(200).extract().jsonPath();
            JsonPath lines = gateway.as(token).get("/v1/invoices/" + id + "/lineitems/OneTime/UsageLineItems")
                    .then().statusCode(200).extract().jsonPath();

            assertThat(lines.getList("items.invoiceNumber", String.class)).as(partner.name()).containsOnly(id);
            assertThat(billedDays(lines)).as(partner.name()).containsExactlyInAnyOrderElementsOf(
                    invoicedCustomers(partner, firstLoad).stream()
                            .flatMap(customer -> postedDays(customer, month).stream()).toList());
            BigDecimal sum = lines.getList("items.billingPreTaxTotal").stream()
                    .map(total -> new BigDecimal(total.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new BigDecimal(invoice.getString("subTotal"))).as(partner.name()).isEqualByComparingTo(sum)
                    .isPositive();
            assertThat(new BigDecimal(invoice.getString("totalCharges"))).isEqualByComparingTo(
                    sum.add(new BigDecimal(invoice.getString("taxTotal"))));
            assertThat(instant(invoice.getString("billingPeriodStartDate")))
                    .isEqualTo(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    @Test
    void shouldShowTheFirstInvoicedPartnerPaidAndTheOthersUnpaidWhenTheDemoLoads() {
        List<DemoPartner> invoiced = firstLoad.stream().filter(partner -> !partner.invoiceIds().isEmpty()).toList();
        assertThat(invoiced).as("invoiced demo partners").hasSizeGreaterThan(1);
        for (DemoPartner partner : invoiced) {
            String expected = partner == invoiced.get(0) ? "paid" : "unpaid";
            for (String id : partner.invoiceIds()) {
                JsonPath invoice = gateway.as(stack.operator()).get("/v1/invoices/" + id).then().statusCode(200)
                        .extract().jsonPath();
                assertThat(invoice.getString("paymentStatus")).as(partner.name() + " " + id).isEqualTo(expected);
                BigDecimal balance = new BigDecimal(invoice.getString("balanceAmount"));
                assertThat(balance.signum() == 0).as(partner.name() + " balance " + balance)
                        .isEqualTo(expected.equals("paid"));
            }
        }
        // the second load paid nothing twice: one payment for each of the payer's invoices
        for (String id : invoiced.get(0).invoiceIds()) {
            gateway.as(stack.operator()).get("/v1/payments?invoiceId=" + id).then().statusCode(200)
                    .body("items", hasSize(1));
        }
    }

    private String signIn(DemoUser user) {
        return stack.identityProvider()
                .existingUser(user.tenantId(), user.objectId(), user.userPrincipalName(), user.password()).token();
    }

    /** A partner pays for its own customers and, as a provider, for those its resellers created themselves. */
    private static List<DemoCustomer> invoicedCustomers(DemoPartner partner, List<DemoPartner> all) {
        return all.stream().filter(owner -> owner == partner || partner.tenantId().equals(owner.providerTenantId()))
                .flatMap(owner -> owner.customers().stream()).toList();
    }

    /** A partner sees its own customers, those created for it as a reseller, and, as a provider, its resellers'. */
    private static List<String> visibleTo(DemoPartner partner, List<DemoPartner> all) {
        List<String> ids = new ArrayList<>();
        for (DemoPartner owner : all) {
            boolean mine = owner == partner || partner.tenantId().equals(owner.providerTenantId());
            for (DemoCustomer customer : owner.customers()) {
                if (mine || partner.tenantId().equals(customer.associatedPartnerId())) {
                    ids.add(customer.id());
                }
            }
        }
        return ids;
    }

    private static List<DemoCustomer> customers(List<DemoPartner> partners) {
        return partners.stream().flatMap(partner -> partner.customers().stream()).toList();
    }

    /** The operator reads any partner's usage: resellers cannot read their own. */
    private List<UsageDay> dailyUsage(DemoCustomer customer) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonPath usage = gateway.as(stack.operator())
                .get("/v1/customers/" + customer.id() + "/subscriptions/" + customer.subscriptionId()
                        + "/utilizations/azure?granularity=daily&show_details=false&start_time=" + today.minusDays(32)
                        + "&end_time=" + today)
                .then().statusCode(200).extract().jsonPath();
        List<String> days = usage.getList("items.usageStartTime");
        List<String> meters = usage.getList("items.resource.id");
        List<Object> quantities = usage.getList("items.quantity");
        List<UsageDay> usageDays = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            usageDays.add(new UsageDay(days.get(i), meters.get(i), new BigDecimal(quantities.get(i).toString())));
        }
        return usageDays;
    }

    private record UsageDay(String day, String meterId, BigDecimal quantity) {
    }

    /** A subscription's usage of a meter on a day: a record the demo posted, or the invoice line that bills it. */
    private record BilledDay(String subscriptionId, String meterId, Instant day, BigDecimal quantity) {

        BilledDay {
            quantity = quantity.stripTrailingZeros();
        }
    }

    private List<BilledDay> postedDays(DemoCustomer customer, YearMonth month) {
        return dailyUsage(customer).stream()
                .map(usage -> new BilledDay(customer.subscriptionId(), usage.meterId(), instant(usage.day()),
                        usage.quantity()))
                .filter(day -> YearMonth.from(day.day().atZone(ZoneOffset.UTC)).equals(month)).toList();
    }

    private static List<BilledDay> billedDays(JsonPath lines) {
        List<BilledDay> days = new ArrayList<>();
        for (int i = 0; i < lines.getList("items").size(); i++) {
            String item = "items[" + i + "].";
            days.add(new BilledDay(lines.getString(item + "subscriptionId"), lines.getString(item + "meterId"),
                    instant(lines.getString(item + "usageDate")), new BigDecimal(lines.getString(item + "quantity"))));
        }
        return days;
    }

    /** As the services write instants; parsed, so that the comparison does not hang on their precision. */
    private static Instant instant(String written) {
        return OffsetDateTime.parse(written).toInstant();
    }
}
