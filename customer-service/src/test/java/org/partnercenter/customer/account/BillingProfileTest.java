package org.partnercenter.customer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.CustomerBodies;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.Race;
import org.partnercenter.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class BillingProfileTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldUpdateAndIssueANewEtagWhenIfMatchIsCurrent() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);
        String etag = etagOf(partner, id);

        String newEtag = as(partner).header("If-Match", "\"" + etag + "\"")
                .body(changed("Contoso Renamed")).put("/v1/customers/" + id + "/profiles/billing")
                .then().statusCode(200)
                .body("companyName", equalTo("Contoso Renamed"))
                .body("attributes.etag", not(equalTo(etag)))
                .extract().path("attributes.etag");

        assertThat(etagOf(partner, id)).isEqualTo(newEtag);
    }

    @Test
    void shouldRefuseWith2055AndChangeNothingWhenTheEtagIsStale() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);
        String stale = etagOf(partner, id);
        as(partner).header("If-Match", "\"" + stale + "\"").body(changed("First"))
                .put("/v1/customers/" + id + "/profiles/billing").then().statusCode(200);

        as(partner).header("If-Match", "\"" + stale + "\"").body(changed("Second"))
                .put("/v1/customers/" + id + "/profiles/billing")
                .then().statusCode(400).body("code", equalTo(2055));

        as(partner).get("/v1/customers/" + id + "/profiles/billing").then().body("companyName", equalTo("First"));
    }

    @Test
    void shouldLetExactlyOneOfTwoUpdatesWinWhenTheyRaceWithTheSameEtag() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);

        Race.twoUpdatesWithOneEtag(10, () -> as(partner).get("/v1/customers/" + id + "/profiles/billing"),
                "companyName", (etag, name, requestId) -> put(partner, id, etag, name, requestId));
    }

    @Test
    void shouldRunTheLosersRetryWhenItComesBackWithItsRequestIdAndTheNewEtag() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);
        String etag = etagOf(partner, id);
        String[] requestIds = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        String[] names = {"Left", "Right"};
        int loser = 1 - Race.onlyWinner(Race.atOnce(List.of(
                () -> put(partner, id, etag, names[0], requestIds[0]),
                () -> put(partner, id, etag, names[1], requestIds[1]))));

        put(partner, id, etagOf(partner, id), names[loser], requestIds[loser])
                .then().statusCode(200).header("MS-Idempotent-Replay", nullValue());

        as(partner).get("/v1/customers/" + id + "/profiles/billing").then().body("companyName", equalTo(names[loser]));
    }

    @Test
    void shouldRefuseNamingIfMatchWhenNoEtagIsSent() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);

        as(partner).body(changed("No Etag")).put("/v1/customers/" + id + "/profiles/billing")
                .then().statusCode(400).body("data[0]", equalTo("If-Match"));
    }

    @Test
    void shouldAcceptTheEtagEchoedInTheBodyWhenAClientPutsBackWhatItRead() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);
        Map<String, Object> read = as(partner).get("/v1/customers/" + id + "/profiles/billing").then().statusCode(200)
                .extract().jsonPath().getMap("");
        read.put("companyName", "Echoed");

        as(partner).body(read).put("/v1/customers/" + id + "/profiles/billing")
                .then().statusCode(200).body("companyName", equalTo("Echoed"));
    }

    @Test
    void shouldLetAHelpdeskAgentEditDetailsWhenItMayNotCreate() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);
        Caller helpdesk = Callers.withRoles(partner, Roles.HELPDESK_AGENT);

        as(helpdesk).header("If-Match", etagOf(partner, id)).body(changed("By Helpdesk"))
                .put("/v1/customers/" + id + "/profiles/billing").then().statusCode(200);
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherPartnerUpdates() {
        Caller owner = Callers.direct();
        String id = Customers.createId(owner);

        as(Callers.direct()).header("If-Match", etagOf(owner, id)).body(changed("Hijacked"))
                .put("/v1/customers/" + id + "/profiles/billing").then().statusCode(404);

        as(owner).get("/v1/customers/" + id + "/profiles/billing").then().body("companyName", equalTo("Contoso"));
    }

    @Test
    void shouldNameTheFieldWhenTheUpdateIsInvalid() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);

        as(partner).header("If-Match", etagOf(partner, id))
                .body(CustomerBodies.customer().billing("Email", "broken").billingProfile())
                .put("/v1/customers/" + id + "/profiles/billing")
                .then().statusCode(400).body("data[0]", org.hamcrest.Matchers.containsString("email"));
    }

    @Test
    void shouldPublishCustomerUpdatedWithTheCorrelationIdWhenTheProfileChanges() {
        Caller partner = Callers.direct();
        String id = Customers.createId(partner);
        String correlationId = UUID.randomUUID().toString();

        Map<String, Object> profile = changed("Evented");
        profile.put("Culture", "fr-FR");
        as(partner).header("If-Match", etagOf(partner, id)).header("MS-CorrelationId", correlationId)
                .body(profile).put("/v1/customers/" + id + "/profiles/billing").then().statusCode(200);

        var records = TopicReader.readUntil(bootstrapServers,
                CustomerServiceEvents.CUSTOMERS.name(),
                read -> read.stream().anyMatch(r -> r.key().equals(id) && r.value().contains("customer.updated")),
                Duration.ofSeconds(30));
        var event = EventJson.read(records.stream()
                .filter(r -> r.key().equals(id) && r.value().contains("customer.updated")).findFirst().orElseThrow()
                .value());
        assertThat(event.correlationid()).isEqualTo(correlationId);
        assertThat(event.data().path("culture").asText()).isEqualTo("fr-FR");
    }

    private static Map<String, Object> changed(String companyName) {
        return CustomerBodies.customer().companyName(companyName).billingProfile();
    }

    private static Response put(Caller caller, String id, String etag, String companyName, String requestId) {
        var request = as(caller).header("If-Match", "\"" + etag + "\"").body(changed(companyName));
        if (requestId != null) {
            request.header("MS-RequestId", requestId);
        }
        return request.put("/v1/customers/" + id + "/profiles/billing");
    }

    private static String etagOf(Caller caller, String id) {
        return as(caller).get("/v1/customers/" + id + "/profiles/billing").then().statusCode(200)
                .extract().path("attributes.etag");
    }
}
