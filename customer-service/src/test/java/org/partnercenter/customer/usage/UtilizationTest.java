package org.partnercenter.customer.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.UsageBodies.batch;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.paging.SeekPosition;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.Orders;
import org.partnercenter.customer.support.PartnerEvents;
import org.partnercenter.customer.support.Usage;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class UtilizationTest {

    /** The first day of this month (UTC). */
    private static final Instant DAY_ONE = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    private static final Instant DAY_TWO = DAY_ONE.plusSeconds(86_400);

    Caller partner;
    String customer;
    String subscription;

    @BeforeEach
    void aCustomerWithUsageOnTwoDays() {
        partner = Callers.direct();
        customer = Customers.createId(partner);
        subscription = Orders.azureSubscription(partner, customer);
        Usage.post(batch(customer, subscription)
                .record("compute", "1.5", DAY_ONE.plusSeconds(3600))
                .record("compute", "2.25", DAY_ONE.plusSeconds(7200))
                .record("storage", "10", DAY_ONE.plusSeconds(3600))
                .record("compute", "4", DAY_TWO.plusSeconds(3600)));
    }

    @Test
    void shouldTotalPerDayAndMeterWhenGranularityIsDaily() {
        JsonPath page = as(partner).get(utilization() + "&granularity=Daily").then().statusCode(200)
                .body("totalCount", equalTo(3))
                .body("items[0].usageStartTime", equalTo(DAY_ONE.toString()))
                .body("items[0].resource.id", equalTo("compute"))
                .body("items[0].resource.region", equalTo("westeurope"))
                .body("items[0].unit", equalTo("1 Hour"))
                .body("items[0].instanceData.location", equalTo("westeurope"))
                .body("items[0].instanceData.tags.env", equalTo("test"))
                .body("items[0].attributes.objectType", equalTo("AzureUtilizationRecord"))
                .extract().jsonPath();

        assertThat(page.getDouble("items[0].quantity")).isEqualTo(3.75);
        assertThat(page.getString("items[2].resource.id")).isEqualTo("compute");
        assertThat(page.getDouble("items[2].quantity")).isEqualTo(4.0);
    }

    @Test
    void shouldKeepHoursApartAndLeaveOutDetailsWhenAsked() {
        as(partner).get(utilization() + "&granularity=hourly&show_details=false").then().statusCode(200)
                .body("totalCount", equalTo(4))
                .body("items[0].instanceData", nullValue());
    }

    @Test
    void shouldPageWithAContinuationTokenWhenMoreRecordsFollow() {
        JsonPath first = as(partner).get(utilization() + "&granularity=hourly&size=3").then().statusCode(200)
                .body("totalCount", equalTo(3)).extract().jsonPath();
        // The link's uri is already encoded: a client sends it as it is.
        JsonPath second = as(partner).urlEncodingEnabled(false).header("MS-ContinuationToken", first.getString("links.next.headers[0].value"))
                .get("/v1" + first.getString("links.next.uri")).then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("links.next", nullValue()).extract().jsonPath();

        List<String> keys = new ArrayList<>();
        for (JsonPath page : List.of(first, second)) {
            for (int i = 0; i < page.getInt("totalCount"); i++) {
                keys.add(page.getString("items[" + i + "].usageStartTime") + page.getString("items[" + i + "].resource.id"));
            }
        }
        assertThat(new HashSet<>(keys)).hasSize(4);
    }

    @Test
    void shouldRefuseNamingTheParameterWhenItIsMissingOrWrong() {
        String base = "/v1/customers/" + customer + "/subscriptions/" + subscription + "/utilizations/azure";

        as(partner).get(base).then().statusCode(400).body("data[0]", equalTo("start_time"));
        as(partner).get(base + "?start_time=yesterday").then().statusCode(400).body("data[0]", equalTo("start_time"));
        as(partner).get(utilization() + "&granularity=weekly").then().statusCode(400)
                .body("data[0]", equalTo("granularity"));
        as(partner).get(base + "?start_time=" + DAY_TWO + "&end_time=" + DAY_ONE).then().statusCode(400)
                .body("data[0]", equalTo("end_time"));
        as(partner).urlEncodingEnabled(false).get(base + "?start_time=" + DAY_ONE
                + "&end_time=%2B999999999-12-31T23:59:59Z").then().statusCode(400)
                .body("data[0]", equalTo("end_time"));
        as(partner).get(base + "?start_time=0000-12-31").then().statusCode(400).body("data[0]", equalTo("start_time"));
        String forged = new SeekPosition(List.of("x'--", "m", "r", "u")).encode();
        as(partner).header("MS-ContinuationToken", forged).get(utilization()).then().statusCode(400)
                .body("data[0]", equalTo("MS-ContinuationToken"));
    }

    @Test
    void shouldReadTimesInTheBatchAndTheQueryAlikeWhenTheyHaveNoZoneOrAreDates() {
        String other = Orders.azureSubscription(partner, customer);
        String day = DAY_ONE.toString().substring(0, 10);
        Usage.post(batch(customer, other)
                .record("compute", "1", DAY_ONE).with("usageStartTime", day + "T05:00:00")
                .with("usageEndTime", day + "T06:00:00")
                .record("storage", "2", DAY_ONE).with("usageStartTime", day)
                .with("usageEndTime", day + "T01:00:00+01:00"));

        as(partner).get("/v1/customers/" + customer + "/subscriptions/" + other + "/utilizations/azure"
                        + "?granularity=hourly&start_time=" + day + "T00:00:00&end_time=" + day)
                .then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("items.usageStartTime", equalTo(List.of(DAY_ONE.toString(), DAY_ONE.plusSeconds(5 * 3600)
                        .toString())))
                .body("items.resource.id", equalTo(List.of("storage", "compute")));
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherPartnerReadsTheUsage() {
        as(Callers.direct()).get(utilization()).then().statusCode(404);
    }

    @Test
    void shouldRefuseWhenAResellerReadsUsage() {
        Caller provider = Callers.provider();
        Caller reseller = Callers.reseller(UUID.randomUUID());
        PartnerEvents.providerWithReseller(provider, reseller.partnerTenantId());
        String resellersCustomer = Customers.createId(reseller);

        // refused before the subscription is looked for
        as(reseller).get("/v1/customers/" + resellersCustomer + "/subscriptions/" + UUID.randomUUID()
                + "/utilizations/azure?start_time=" + DAY_ONE).then().statusCode(403);
    }

    private String utilization() {
        return "/v1/customers/" + customer + "/subscriptions/" + subscription + "/utilizations/azure?start_time="
                + DAY_ONE + "&end_time=" + DAY_TWO.plusSeconds(86_400);
    }
}
