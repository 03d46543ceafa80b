package org.partnercenter.support.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.support.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.ServiceRequests;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * A new SDK {@code ServiceRequest} carries {@code "status": "none"} and {@code "severity": "unknown"} until the
 * caller sets them: beside a new note, those defaults change nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class SdkPatchDefaultsTest {

    @Test
    void shouldAddOnlyTheNoteWhenTheSdkSendsStatusNoneAndSeverityUnknown() {
        Caller partner = Callers.direct();
        String id = ServiceRequests.open(partner);

        as(partner).body(sdkPatch("Still happening on the April invoice.")).patch("/v1/servicerequests/" + id)
                .then().statusCode(200)
                .body("status", equalTo("open"))
                .body("severity", equalTo("moderate"))
                .body("notes[0].text", equalTo("Still happening on the April invoice."));

        List<String> actions = as(partner).get("/v1/servicerequests/" + id + "/timeline").then().statusCode(200)
                .extract().jsonPath().getList("items.action");
        assertThat(actions).containsExactly("created", "note_added");
    }

    @Test
    void shouldChangeNothingWhenTheSdkSendsOnlyItsDefaultsInAnyCase() {
        Caller partner = Callers.direct();
        String id = ServiceRequests.open(partner);

        as(partner).body(Map.of("Status", "None", "Severity", "UNKNOWN")).patch("/v1/servicerequests/" + id)
                .then().statusCode(200).body("status", equalTo("open")).body("severity", equalTo("moderate"));

        as(partner).get("/v1/servicerequests/" + id + "/timeline").then().statusCode(200)
                .body("totalCount", equalTo(1));
    }

    @Test
    void shouldLetSupportAddANoteWhenItsSdkSendsSeverityUnknown() {
        Caller partner = Callers.direct();
        String id = ServiceRequests.escalated(partner);

        as(Callers.support()).body(sdkPatch("Looking into it.")).patch("/v1/servicerequests/" + id)
                .then().statusCode(200).body("severity", equalTo("moderate"));
    }

    @Test
    void shouldStillRefuseAValueThatIsNeitherAStatusNorTheSdksDefault() {
        Caller partner = Callers.direct();
        String id = ServiceRequests.open(partner);

        as(partner).body(Map.of("Status", "nothing", "Severity", "unknowable")).patch("/v1/servicerequests/" + id)
                .then().statusCode(400)
                .body("data[0]", containsString("status: 'nothing'"))
                .body("data[1]", containsString("severity: 'unknowable'"));
    }

    /** The SDK model's shape: a new ServiceRequest with only its NewNote set (nulls left out, as the SDK does). */
    private static Map<String, Object> sdkPatch(String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("severity", "unknown");
        body.put("status", "none");
        body.put("newNote", Map.of("text", note));
        body.put("attributes", Map.of("objectType", "ServiceRequest"));
        return body;
    }
}
