package org.partnercenter.customer.subscription;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.Orders;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.Race;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class SubscriptionChangeTest {

    @Test
    void shouldSuspendRenameAndIssueANewEtagWhenIfMatchIsCurrent() {
        Caller partner = Callers.direct();
        String path = subscriptionPath(partner);
        String etag = etagOf(partner, path);

        as(partner).header("If-Match", "\"" + etag + "\"")
                .body(Map.of("Status", "Suspended", "FriendlyName", "Paused", "Quantity", 2)).patch(path)
                .then().statusCode(200)
                .body("status", equalTo("suspended"))
                .body("friendlyName", equalTo("Paused"))
                .body("quantity", equalTo(2))
                .body("attributes.etag", not(equalTo(etag)));
        as(partner).get(path).then().body("status", equalTo("suspended"));
    }

    @Test
    void shouldAcceptTheWholeSubscriptionWhenTheSdkSendsBackWhatItRead() {
        Caller partner = Callers.direct();
        String path = subscriptionPath(partner);
        Map<String, Object> read = as(partner).get(path).then().extract().jsonPath().getMap("");
        read.put("status", "suspended");

        as(partner).body(read).patch(path).then().statusCode(200).body("status", equalTo("suspended"));
    }

    @Test
    void shouldRefuseWith2055WhenTheEtagIsStale() {
        Caller partner = Callers.direct();
        String path = subscriptionPath(partner);
        String stale = etagOf(partner, path);
        as(partner).header("If-Match", stale).body(Map.of("friendlyName", "First")).patch(path).then().statusCode(200);

        as(partner).header("If-Match", stale).body(Map.of("friendlyName", "Second")).patch(path)
                .then().statusCode(400).body("code", equalTo(2055));

        as(partner).get(path).then().body("friendlyName", equalTo("First"));
    }

    @Test
    void shouldLetExactlyOneOfTwoChangesWinWhenTheyRaceWithTheSameEtag() {
        Caller partner = Callers.direct();
        String path = subscriptionPath(partner);

        Race.twoUpdatesWithOneEtag(10, () -> as(partner).get(path), "friendlyName",
                (etag, name, requestId) -> rename(partner, path, etag, name, requestId));
    }

    @Test
    void shouldRefuseWhenTheStatusOrQuantityIsNotAllowed() {
        Caller partner = Callers.direct();
        String path = subscriptionPath(partner);
        String etag = etagOf(partner, path);

        as(partner).header("If-Match", etag).body(Map.of("status", "deleted")).patch(path)
                .then().statusCode(400).body("data[0]", equalTo("status"));
        as(partner).header("If-Match", etag).body(Map.of("quantity", 0)).patch(path)
                .then().statusCode(400).body("data[0]", containsString("quantity"));
        as(partner).get(path).then().body("status", equalTo("active")).body("quantity", equalTo(1));
    }

    @Test
    void shouldRefuseTheRoleWhenAHelpdeskAgentChangesASubscription() {
        Caller partner = Callers.direct();
        String path = subscriptionPath(partner);

        as(Callers.withRoles(partner, Roles.HELPDESK_AGENT)).header("If-Match", etagOf(partner, path))
                .body(Map.of("status", "suspended")).patch(path).then().statusCode(403).body("code", equalTo(900150));
        as(Callers.withRoles(partner, Roles.HELPDESK_AGENT)).get(path).then().statusCode(200);
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherPartnerReadsOrChangesIt() {
        Caller partner = Callers.direct();
        String path = subscriptionPath(partner);
        Caller other = Callers.direct();

        as(other).get(path).then().statusCode(404);
        as(other).header("If-Match", etagOf(partner, path)).body(Map.of("status", "suspended")).patch(path)
                .then().statusCode(404);
        as(partner).get(path).then().body("status", equalTo("active"));
    }

    @Test
    void shouldRefuseToDeleteTheCustomerWhenItHasSubscriptions() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);
        Orders.azureSubscription(partner, customer);

        as(partner).delete("/v1/customers/" + customer).then().statusCode(409);
        as(partner).get("/v1/customers/" + customer).then().statusCode(200);
    }

    private static String subscriptionPath(Caller partner) {
        String customer = Customers.createId(partner);
        return "/v1/customers/" + customer + "/subscriptions/" + Orders.azureSubscription(partner, customer);
    }

    private static Response rename(Caller caller, String path, String etag, String name, String requestId) {
        var request = as(caller).header("If-Match", "\"" + etag + "\"").body(Map.of("friendlyName", name));
        if (requestId != null) {
            request.header("MS-RequestId", requestId);
        }
        return request.patch(path);
    }

    private static String etagOf(Caller caller, String path) {
        return as(caller).get(path).then().statusCode(200).extract().path("attributes.etag");
    }
}
