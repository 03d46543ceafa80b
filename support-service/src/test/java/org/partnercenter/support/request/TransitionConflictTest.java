package org.partnercenter.support.request;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.ServiceRequests.note;
import static org.partnercenter.support.support.ServiceRequests.patch;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.ServiceRequests;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class TransitionConflictTest {

    private final Caller partner = Callers.direct();
    private final Caller support = Callers.support();

    @Test
    void shouldRefuseWhenAClosedRequestIsEscalated() {
        String id = ServiceRequests.open(partner);
        patch(partner, id, Map.of("Status", "closed"));

        conflict(as(partner).body(Map.of("reason", "help")).post("/v1/servicerequests/" + id + "/escalate"),
                "is closed: reopen it");
        as(partner).get("/v1/servicerequests/" + id).then().body("escalation.escalated", equalTo(false));
    }

    @Test
    void shouldRefuseWhenARequestIsEscalatedTwice() {
        String id = ServiceRequests.escalated(partner);

        conflict(as(partner).body(Map.of("reason", "again")).post("/v1/servicerequests/" + id + "/escalate"),
                "is open and already escalated");
    }

    @Test
    void shouldRefuseWhenThePartnerAddsANoteOrSeverityToAClosedRequestWithoutReopeningIt() {
        String id = ServiceRequests.open(partner);
        patch(partner, id, Map.of("Status", "closed"));

        conflict(as(partner).body(note("one more thing")).patch("/v1/servicerequests/" + id), "is closed: reopen it");
        conflict(as(partner).body(Map.of("Severity", "critical")).patch("/v1/servicerequests/" + id),
                "is closed: reopen it");
        as(partner).get("/v1/servicerequests/" + id).then().body("notes.size()", equalTo(0))
                .body("severity", equalTo("moderate"));
    }

    @Test
    void shouldRefuseWhenSupportActsOnAClosedRequest() {
        String id = ServiceRequests.escalated(partner);
        patch(partner, id, Map.of("Status", "closed"));

        conflict(as(support).body(Map.of("Status", "attention_needed")).patch("/v1/servicerequests/" + id),
                "is closed: support cannot");
        conflict(as(support).body(note("late answer")).patch("/v1/servicerequests/" + id), "is closed: support cannot");
    }

    @Test
    void shouldRefuseWhenThePartnerReopensAWaitingRequestWithoutReplying() {
        String id = ServiceRequests.escalated(partner);
        patch(support, id, Map.of("Status", "attention_needed"));

        conflict(as(partner).body(Map.of("Status", "open")).patch("/v1/servicerequests/" + id),
                "is attention_needed: support is waiting for information from you");
        as(partner).get("/v1/servicerequests/" + id).then().body("status", equalTo("attention_needed"));
    }

    @Test
    void shouldRefuseWhenASideSetsAStatusThatIsNotItsOwn() {
        String id = ServiceRequests.escalated(partner);

        as(partner).body(Map.of("Status", "attention_needed")).patch("/v1/servicerequests/" + id)
                .then().statusCode(400).body("data", equalTo(java.util.List.of("status")));
        patch(support, id, Map.of("Status", "closed"));
        as(support).body(Map.of("Status", "open")).patch("/v1/servicerequests/" + id)
                .then().statusCode(400).body("data", equalTo(java.util.List.of("status")));
        as(support).body(Map.of("Severity", "minimal")).patch("/v1/servicerequests/" + id)
                .then().statusCode(403).body("code", equalTo(900150));
    }

    @Test
    void shouldNameEveryBadValueWhenThePatchOrEscalationIsInvalid() {
        String id = ServiceRequests.open(partner);

        as(partner).body(Map.of("Status", "done", "Severity", "urgent")).patch("/v1/servicerequests/" + id)
                .then().statusCode(400)
                .body("data", hasItems(containsString("status: 'done'"), containsString("severity: 'urgent'")));
        as(partner).body(Map.of()).post("/v1/servicerequests/" + id + "/escalate")
                .then().statusCode(400).body("data[0]", containsString("reason"));
    }

    private static void conflict(io.restassured.response.Response response, String description) {
        response.then().statusCode(409).body("code", equalTo(409))
                .body("description", containsString(description));
    }
}
