package org.partnercenter.e2e;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.e2e.support.Quantities.quantity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;
import org.partnercenter.e2e.support.UsageBatch;

/** The operator's metering feed posts usage; partners read it back, to the exact quantity. */
@EndToEnd
class UsageIT {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final StackUnderTest stack;
    private final Gateway gateway;
    /** The records lie in the current calendar month's (UTC) first days. */
    private final Instant monthStart = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);

    UsageIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldReadBackExactQuantitiesPerDayAndHourWhenTheOperatorFeedsUsage() {
        TestPartner partner = stack.partners().direct();
        Subscription azurePlan = azurePlanOf(partner.admin());

        gateway.as(stack.operator()).body(usageOf(azurePlan).build()).post("/v1/usagerecords/batches")
                .then().statusCode(200)
                .body("accepted", equalTo(4)).body("duplicates", empty()).body("rejected", empty());

        gateway.as(partner.admin()).get(azurePlan.utilization() + "?granularity=daily&show_details=false&start_time="
                        + monthStart + "&end_time=" + monthStart.plus(Duration.ofDays(3)))
                .then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("items.resource.id", contains("e2e-vm", "e2e-storage"))
                .body("items.usageStartTime", contains(monthStart.toString(), monthStart.plus(DAY).toString()))
                .body("items[0].quantity", quantity("2.5"))
                .body("items[0].unit", equalTo("1 Hour"))
                .body("items[1].quantity", quantity("12.3456"))
                .body("items[0].attributes.objectType", equalTo("AzureUtilizationRecord"));
        gateway.as(partner.admin()).get(azurePlan.utilization() + "?granularity=hourly&start_time=" + monthStart
                        + "&end_time=" + monthStart.plus(Duration.ofHours(3)))
                .then().statusCode(200)
                .body("totalCount", equalTo(3))
                .body("items[0].quantity", quantity("1"))
                .body("items[1].quantity", quantity("1"))
                .body("items[2].quantity", quantity("0.5"))
                .body("items[0].instanceData.tags.env", equalTo("e2e"));
    }

    @Test
    void shouldShowTheMonthsUsagePerMeterWhenThePartnersBillingAdminAsks() {
        TestPartner partner = stack.partners().direct();
        TestUser billing = stack.partners().addUser(partner, "billing", "billing_admin");
        Subscription azurePlan = azurePlanOf(partner.admin());
        gateway.as(stack.operator()).body(usageOf(azurePlan).build()).post("/v1/usagerecords/batches")
                .then().statusCode(200).body("accepted", equalTo(4));

        // rated cost per customer is billing's usage summary (compat.UsageCompatIT); quantities are here
        gateway.as(billing).get(azurePlan.daily(monthStart)).then().statusCode(200)
                .body("items.resource.id", contains("e2e-vm", "e2e-storage"))
                .body("items[0].quantity", quantity("2.5"))
                .body("items[1].quantity", quantity("12.3456"));
    }

    @Test
    void shouldCountTheRecordsAsDuplicatesWhenTheFeedSendsThemAgain() {
        TestPartner partner = stack.partners().direct();
        Subscription azurePlan = azurePlanOf(partner.admin());
        UsageBatch batch = usageOf(azurePlan);
        gateway.as(stack.operator()).body(batch.build()).post("/v1/usagerecords/batches").then().statusCode(200);

        gateway.as(stack.operator()).body(batch.build()).post("/v1/usagerecords/batches")
                .then().statusCode(200)
                .body("accepted", equalTo(0))
                .body("duplicates", contains(batch.ids().toArray()))
                .body("rejected", empty());
        gateway.as(partner.admin()).get(azurePlan.daily(monthStart))
                .then().body("items[0].quantity", quantity("2.5")).body("items[1].quantity", quantity("12.3456"));
    }

    @Test
    void shouldRefuseTheWholeBatchWhenOneRecordNamesAnotherCustomersSubscription() {
        TestPartner partner = stack.partners().direct();
        Subscription mine = azurePlanOf(partner.admin());
        Subscription other = azurePlanOf(partner.admin());
        UsageBatch batch = UsageBatch.batch()
                .record(mine.customerId(), mine.id(), "e2e-vm", "1", "1 Hour", monthStart, HOUR)
                .record(mine.customerId(), other.id(), "e2e-vm", "1", "1 Hour", monthStart, HOUR);

        gateway.as(stack.operator()).body(batch.build()).post("/v1/usagerecords/batches")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("data", contains("records[1] (id " + batch.ids().get(1) + "): subscription " + other.id()
                        + " is not a subscription of customer " + mine.customerId()));
        gateway.as(stack.operator()).body(batch.build()).post("/v1/usagerecords/batches?partial=true")
                .then().statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected.index", contains(1))
                .body("rejected.id", contains(batch.ids().get(1)));
    }

    @Test
    void shouldLetAProviderReadItsResellersCustomersUsageButNotTheReseller() {
        TestPartner provider = stack.partners().indirectProvider();
        TestPartner reseller = stack.partners().resellerOf(provider);
        Subscription resellers = azurePlanOf(reseller.admin());
        gateway.as(stack.operator()).body(usageOf(resellers).build()).post("/v1/usagerecords/batches")
                .then().statusCode(200).body("accepted", equalTo(4));

        gateway.as(provider.admin()).get(resellers.daily(monthStart))
                .then().statusCode(200).body("items[0].quantity", quantity("2.5"));
        gateway.as(reseller.admin()).get(resellers.daily(monthStart))
                .then().statusCode(403)
                .body("code", equalTo(403))
                .body("description", equalTo("Indirect resellers do not have Azure usage here: use your indirect "
                        + "provider's solution for it."));
    }

    @Test
    void shouldRefuseTheFeedWhenAPartnerPostsUsage() {
        TestPartner partner = stack.partners().direct();
        Subscription azurePlan = azurePlanOf(partner.admin());

        gateway.as(partner.admin()).body(usageOf(azurePlan).build()).post("/v1/usagerecords/batches")
                .then().statusCode(403).body("code", equalTo(900150));
        gateway.as(partner.admin()).get(azurePlan.daily(monthStart))
                .then().statusCode(200).body("items", empty());
    }

    /** Three hours of a VM on the month's first day (1 + 1 + 0.5 hours) and a day of storage on its second. */
    private UsageBatch usageOf(Subscription azurePlan) {
        return UsageBatch.batch()
                .record(azurePlan.customerId(), azurePlan.id(), "e2e-vm", "1", "1 Hour", monthStart, HOUR)
                .record(azurePlan.customerId(), azurePlan.id(), "e2e-vm", "1", "1 Hour", monthStart.plus(HOUR), HOUR)
                .record(azurePlan.customerId(), azurePlan.id(), "e2e-vm", "0.5", "1 Hour",
                        monthStart.plus(HOUR.multipliedBy(2)), HOUR)
                .record(azurePlan.customerId(), azurePlan.id(), "e2e-storage", "12.3456", "1 GB/Month",
                        monthStart.plus(DAY), DAY);
    }

    private Subscription azurePlanOf(TestUser user) {
        String customerId = stack.customers().create(user, CustomerBody.customer("Usage Customer"));
        return new Subscription(customerId, stack.customers().orderAzurePlan(user, customerId));
    }

    private record Subscription(String customerId, String id) {
        String utilization() {
            return "/v1/customers/" + customerId + "/subscriptions/" + id + "/utilizations/azure";
        }

        /** The daily totals of the usage {@link #usageOf} posts, per meter. */
        String daily(Instant monthStart) {
            return utilization() + "?granularity=daily&show_details=false&start_time=" + monthStart + "&end_time="
                    + monthStart.plus(Duration.ofDays(3));
        }
    }
}
