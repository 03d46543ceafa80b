package org.partnercenter.support.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.ServiceRequests.note;
import static org.partnercenter.support.support.ServiceRequests.request;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.ServiceRequests;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class AccessTest {

    private static final String TOO_LONG_NOTE = "x".repeat(10001);

    @Test
    void shouldRefuseAnIndirectResellerOnEveryRoute() {
        Caller reseller = Callers.reseller();
        String path = "/v1/servicerequests/" + ServiceRequests.open(Callers.direct());
        String customerPath = "/v1/customers/" + UUID.randomUUID() + "/servicerequests";

        List.of(as(reseller).get("/v1/servicerequests"), as(reseller).get(path), as(reseller).get(path + "/timeline"),
                as(reseller).get("/v1/servicerequests/supporttopics"), as(reseller).get(customerPath),
                as(reseller).get(customerPath + "/1"),
                as(reseller).body(request().build()).post("/v1/servicerequests/en-US"),
                as(reseller).body(note("x")).patch(path), as(reseller).body(note("x")).patch(customerPath + "/1"),
                as(reseller).body(Map.of("reason", "x")).post(path + "/escalate"))
                .forEach(response -> response.then().statusCode(403).body("code", equalTo(403))
                        .body("description", containsString("Indirect resellers do not have service requests")));
    }

    @Test
    void shouldRefuseAnIndirectResellerBeforeLookingAtItsBody() {
        Caller reseller = Callers.reseller();
        String path = "/v1/servicerequests/" + ServiceRequests.open(Callers.direct());
        String customerPath = "/v1/customers/" + UUID.randomUUID() + "/servicerequests";

        List.of(as(reseller).body(Map.of()).post("/v1/servicerequests/en-US"),
                as(reseller).body(note(TOO_LONG_NOTE)).patch(path),
                as(reseller).body(note(TOO_LONG_NOTE)).patch(customerPath + "/1"),
                as(reseller).body(Map.of()).post(path + "/escalate"),
                as(reseller).body(Map.of()).post("/v1/servicerequests/supporttopics"),
                as(reseller).body(Map.of("name", "Mine", "description", "A reseller's own topic"))
                        .post("/v1/servicerequests/supporttopics"))
                .forEach(response -> response.then().statusCode(403).body("code", equalTo(403))
                        .body("description", containsString("Indirect resellers do not have service requests")));
    }

    @Test
    void shouldRefuseASalesAgentOrSupportBeforeLookingAtTheirBody() {
        Caller partner = Callers.direct();
        Caller sales = Callers.withRoles(partner, Roles.SALES_AGENT);
        Caller support = Callers.support();
        String id = ServiceRequests.escalated(partner);
        String path = "/v1/servicerequests/" + id;

        List.of(as(sales).body(Map.of()).post("/v1/servicerequests/en-US"),
                as(sales).body(note(TOO_LONG_NOTE)).patch(path),
                as(sales).body(Map.of()).post(path + "/escalate"),
                as(support).body(Map.of()).post("/v1/servicerequests/en-US"),
                as(support).body(Map.of()).post(path + "/escalate"),
                as(support).body(Map.of("Severity", "critical", "NewNote", TOO_LONG_NOTE)).patch(path),
                as(partner).body(Map.of()).post("/v1/servicerequests/supporttopics"))
                .forEach(response -> response.then().statusCode(403).body("code", equalTo(900150)));
        as(partner).body(Map.of("Severity", "critical", "NewNote", TOO_LONG_NOTE)).patch(path).then()
                .statusCode(400).body("data[0]", equalTo("newNote.text: size must be between 0 and 10000"));
    }

    @Test
    void shouldLetASalesAgentReadButNotWrite() {
        Caller partner = Callers.direct();
        Caller sales = Callers.withRoles(partner, Roles.SALES_AGENT);
        String id = ServiceRequests.open(partner);

        as(sales).get("/v1/servicerequests/" + id).then().statusCode(200);
        as(sales).body(request().build()).post("/v1/servicerequests/en-US").then().statusCode(403)
                .body("code", equalTo(900150));
        as(sales).body(note("x")).patch("/v1/servicerequests/" + id).then().statusCode(403)
                .body("code", equalTo(900150));
        as(sales).body(Map.of("reason", "x")).post("/v1/servicerequests/" + id + "/escalate").then()
                .statusCode(403).body("code", equalTo(900150));
    }

    @Test
    void shouldShowSupportOnlyTheEscalatedRequestsOfEveryPartner() {
        Caller one = Callers.direct();
        Caller other = Callers.provider();
        String escalatedOne = ServiceRequests.escalated(one);
        String escalatedOther = ServiceRequests.escalated(other);
        String notEscalated = ServiceRequests.open(one);
        Caller support = Callers.support();

        List<String> queue = ServiceRequests.allIds(support, "escalated=true");
        List<String> all = ServiceRequests.allIds(support, "");

        assertThat(queue).contains(escalatedOne, escalatedOther).doesNotContain(notEscalated);
        assertThat(all).doesNotContain(notEscalated);
        as(support).get("/v1/servicerequests/" + notEscalated).then().statusCode(404);
        as(support).body(note("x")).patch("/v1/servicerequests/" + notEscalated).then().statusCode(404);
        as(support).get("/v1/servicerequests/" + escalatedOther + "/timeline").then().statusCode(200);
    }

    @Test
    void shouldRefuseTheOperatorWhenItOpensEscalatesOrHasNoSupportRole() {
        Caller partner = Callers.direct();
        String id = ServiceRequests.open(partner);

        as(Callers.support()).body(request().build()).post("/v1/servicerequests/en-US").then().statusCode(403)
                .body("code", equalTo(900150));
        as(Callers.operatorAdmin()).get("/v1/servicerequests").then().statusCode(403).body("code", equalTo(900150));
        as(Callers.operatorAdmin()).get("/v1/servicerequests/" + id).then().statusCode(403);
    }

    @Test
    void shouldAnswerNotFoundWhenAnotherPartnerAsks() {
        Caller owner = Callers.direct();
        Caller stranger = Callers.direct();
        String id = ServiceRequests.open(owner);

        as(stranger).get("/v1/servicerequests/" + id).then().statusCode(404).body("code", equalTo(404));
        as(stranger).get("/v1/servicerequests/" + id + "/timeline").then().statusCode(404);
        as(stranger).body(note("mine now")).patch("/v1/servicerequests/" + id).then().statusCode(404);
        as(stranger).body(Map.of("reason", "x")).post("/v1/servicerequests/" + id + "/escalate").then()
                .statusCode(404);
        assertThat(ServiceRequests.allIds(stranger, "")).doesNotContain(id);
        as(owner).get("/v1/servicerequests/" + id).then().statusCode(200).body("notes.size()", equalTo(0));
    }

    @Test
    void shouldAnswerNotFoundWhenTheIdIsNotANumber() {
        as(Callers.direct()).get("/v1/servicerequests/abc").then().statusCode(404).body("code", equalTo(404));
    }
}
