package org.partnercenter.support.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.ServiceRequests.patch;
import static org.partnercenter.support.support.ServiceRequests.request;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.Events;
import org.partnercenter.support.support.ServiceRequests;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class ServiceRequestListTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void followRealTimeAgain() {
        clock.reset();
    }

    @Test
    void shouldFilterByStatusSeverityCustomerEscalationAndDateWhenAsked() {
        Caller partner = Callers.direct();
        UUID customer = Events.knownCustomer(partner);
        String moderate = ServiceRequests.open(partner);
        String closedCritical = request().severity("critical").openIdAs(partner);
        patch(partner, closedCritical, Map.of("Status", "closed"));
        String forCustomer = request().severity("minimal").customer(customer).openIdAs(partner);
        ServiceRequests.escalate(partner, forCustomer);

        assertThat(ids(partner, "size=100")).containsExactly(moderate, closedCritical, forCustomer);
        assertThat(ids(partner, "status=Closed")).containsExactly(closedCritical);
        assertThat(ids(partner, "status=open&severity=MODERATE")).containsExactly(moderate);
        assertThat(ids(partner, "customer_id=" + customer)).containsExactly(forCustomer);
        assertThat(ids(partner, "escalated=true")).containsExactly(forCustomer);
        assertThat(ids(partner, "escalated=false")).containsExactly(moderate, closedCritical);
        assertThat(ids(partner, "created_from=2000-01-01&created_to=2999-01-01")).hasSize(3);
        assertThat(ids(partner, "created_from=2999-01-01")).isEmpty();
    }

    @Test
    void shouldNameEveryBadParameterWhenTheQueryIsInvalid() {
        as(Callers.direct()).get("/v1/servicerequests?status=pending&severity=high&customer_id=x"
                        + "&created_from=yesterday&escalated=maybe")
                .then().statusCode(400)
                .body("data.size()", equalTo(5))
                .body("data", hasItems(containsString("status"), containsString("severity"),
                        containsString("customer_id"), containsString("created_from"), containsString("escalated")));
    }

    @Test
    void shouldRefuseDatesOutsideTheYearsOneTo9999() {
        for (String[] bad : new String[][] {{"created_from", "+300000-01-01T00:00:00Z"},
                {"created_to", "-001000-01-01T00:00:00Z"}, {"created_to", "0000-12-31"},
                {"created_from", "+10000-01-01T00:00:00Z"}}) {
            as(Callers.direct()).queryParam(bad[0], bad[1]).get("/v1/servicerequests").then().statusCode(400)
                    .body("data.size()", equalTo(1))
                    .body("data[0]", containsString(bad[0] + ": '" + bad[1] + "' is outside the years 1 to 9999"));
        }
        as(Callers.direct()).queryParam("created_from", "0001-01-01T00:00:00Z")
                .queryParam("created_to", "9999-12-31T23:59:59Z").get("/v1/servicerequests").then().statusCode(200);
    }

    @Test
    void shouldReadCreatedDatesAsEveryServiceDoesWhenTheyHaveNoZoneOrNameAWholeDay() {
        Caller partner = Callers.direct();
        clock.set(Instant.parse("2031-03-15T10:00:00Z"));
        String opened = ServiceRequests.open(partner);

        assertThat(ids(partner, "created_from=2031-03-15T10:00:00")).containsExactly(opened);
        assertThat(ids(partner, "created_from=2031-03-15T10:00:01")).isEmpty();
        assertThat(ids(partner, "created_from=2031-03-15T11:00:00+01:00&created_to=2031-03-15T10:00:00.001"))
                .containsExactly(opened);
        assertThat(ids(partner, "created_to=2031-03-15T10:00:00Z")).isEmpty();
        assertThat(ids(partner, "created_from=2031-03-15&created_to=2031-03-15")).containsExactly(opened);
        assertThat(ids(partner, "created_to=2031-03-14")).isEmpty();
    }

    @Test
    void shouldPageWithAContinuationTokenWhenThereAreMoreThanSizeRequests() {
        Caller partner = Callers.direct();
        String first = ServiceRequests.open(partner);
        String second = ServiceRequests.open(partner);
        String third = ServiceRequests.open(partner);

        var page = as(partner).get("/v1/servicerequests?size=2").then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("attributes.objectType", equalTo("Collection"))
                .body("links.next.headers[0].key", equalTo("MS-ContinuationToken"))
                .extract().jsonPath();
        assertThat(page.getList("items.id")).containsExactly(first, second);

        as(partner).header("MS-ContinuationToken", page.getString("links.next.headers[0].value"))
                .get("/v1/servicerequests?size=2&seekOperation=Next").then().statusCode(200)
                .body("items.id", equalTo(List.of(third)))
                .body("links.next", nullValue());
    }

    @Test
    void shouldListAndGetACustomersRequestsOnTheCustomerRoute() {
        Caller partner = Callers.direct();
        UUID customer = Events.knownCustomer(partner);
        String about = request().customer(customer).openIdAs(partner);
        String other = ServiceRequests.open(partner);
        String path = "/v1/customers/" + customer + "/servicerequests";

        as(partner).get(path).then().statusCode(200).body("items.id", equalTo(List.of(about)));
        as(partner).get(path + "/" + about).then().statusCode(200).body("id", equalTo(about));
        as(partner).body(Map.of("NewNote", Map.of("Text", "via the customer"))).patch(path + "/" + about)
                .then().statusCode(200).body("notes[0].text", equalTo("via the customer"));
        as(partner).get(path + "/" + other).then().statusCode(404);
        as(Callers.direct()).get(path).then().statusCode(404);
        as(partner).get("/v1/customers/" + UUID.randomUUID() + "/servicerequests").then().statusCode(404);
    }

    private static List<String> ids(Caller partner, String query) {
        return as(partner).get("/v1/servicerequests?" + query).then().statusCode(200).extract().jsonPath()
                .getList("items.id");
    }
}
