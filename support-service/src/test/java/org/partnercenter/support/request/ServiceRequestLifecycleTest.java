package org.partnercenter.support.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.ServiceRequests.note;
import static org.partnercenter.support.support.ServiceRequests.patch;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.support.SupportServiceEvents;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.Events;
import org.partnercenter.support.support.ServiceRequests;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class ServiceRequestLifecycleTest {

    @Test
    void shouldShowOnlyTheLatestHundredNotesAndKeepTheRestOnTheTimeline() {
        Caller partner = Callers.direct();
        String id = ServiceRequests.open(partner);
        for (int i = 1; i <= 102; i++) {
            patch(partner, id, note("note " + i));
        }

        List<String> notes = as(partner).get("/v1/servicerequests/" + id).then().statusCode(200).extract().jsonPath()
                .getList("notes.text");
        assertThat(notes).hasSize(100).startsWith("note 3").endsWith("note 102");
        assertThat(as(partner).get("/v1/servicerequests?size=500").then()
                .statusCode(200).extract().jsonPath().getList("items.find { it.id == '" + id + "' }.notes.text"))
                .hasSize(100).startsWith("note 3");
        as(partner).get("/v1/servicerequests/" + id + "/timeline?size=5").then().statusCode(200)
                .body("items[1].action", equalTo("note_added"));
    }

    @Test
    void shouldFollowARequestToItsResolutionWhenSupportAnswersAnEscalation() {
        Caller partner = Callers.direct();
        Caller support = Callers.support();
        String id = ServiceRequests.open(partner);
        patch(partner, id, note("Happens on every invoice since March."));

        as(partner).body(Map.of("Reason", "Our billing team cannot explain the difference"))
                .post("/v1/servicerequests/" + id + "/escalate").then().statusCode(200)
                .body("escalation.escalated", equalTo(true))
                .body("escalation.reason", equalTo("Our billing team cannot explain the difference"))
                .body("sla.firstResponse.state", equalTo("running"));
        assertThat(ServiceRequests.allIds(support, "escalated=true")).contains(id);

        patch(support, id, note("Looking into it."));
        patch(support, id, Map.of("NewNote", Map.of("Text", "Which invoice number?"), "Status", "AttentionNeeded"));
        as(partner).get("/v1/servicerequests/" + id).then().body("status", equalTo("attention_needed"))
                .body("sla.resolution.state", equalTo("paused"));
        patch(partner, id, Map.of("newNote", "INV-2030-03"));
        as(partner).get("/v1/servicerequests/" + id).then().body("status", equalTo("open"));
        patch(support, id, Map.of("NewNote", Map.of("Text", "Corrected; a credit note follows."), "Status", "closed"));

        var closed = as(partner).get("/v1/servicerequests/" + id).then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("lastClosedDate", notNullValue())
                .body("sla.firstResponse.state", equalTo("stopped"))
                .body("sla.firstResponse.breached", equalTo(false))
                .body("sla.resolution.state", equalTo("stopped"))
                .extract().jsonPath();
        assertThat(closed.getList("notes.text")).containsExactly("Happens on every invoice since March.",
                "Looking into it.", "Which invoice number?", "INV-2030-03", "Corrected; a credit note follows.");
        assertThat(closed.getList("notes.createdByName")).containsExactly("user@partner.test",
                "agent@support.test", "agent@support.test", "user@partner.test", "agent@support.test");
        var timeline = as(partner).get("/v1/servicerequests/" + id + "/timeline").then().statusCode(200)
                .body("attributes.objectType", equalTo("Collection")).extract().jsonPath();
        assertThat(timeline.getList("items.action")).containsExactly("created", "note_added", "escalated",
                "note_added", "note_added", "status_changed", "note_added", "status_changed", "note_added",
                "status_changed");
        assertThat(timeline.getList("items.actor.side")).containsExactly("partner", "partner", "partner",
                "operator", "operator", "operator", "partner", "partner", "operator", "operator");
        assertThat(timeline.getList("items.to")).containsExactly("open", null, null, null, null,
                "attention_needed", null, "open", null, "closed");
        List<EventEnvelope> events = events(partner, 7);
        assertThat(events).extracting(EventEnvelope::type).containsExactly("ticket.created", "ticket.updated",
                "ticket.escalated", "ticket.updated", "ticket.updated", "ticket.updated", "ticket.closed");
        EventEnvelope last = events.get(events.size() - 1);
        assertThat(last.subject()).isEqualTo(id);
        assertThat(last.data().get("status").asText()).isEqualTo("closed");
        assertThat(last.data().get("partnerTenantId").asText()).isEqualTo(partner.partnerTenantId().toString());
    }

    @Test
    void shouldReopenWhenThePartnerSetsStatusOpenOnAClosedRequest() {
        Caller partner = Callers.direct();
        String id = ServiceRequests.open(partner);
        patch(partner, id, Map.of("Status", "Closed"));

        patch(partner, id, Map.of("Status", "Open", "NewNote", Map.of("Text", "It happened again.")));

        as(partner).get("/v1/servicerequests/" + id).then().body("status", equalTo("open"))
                .body("notes[0].text", equalTo("It happened again."))
                .body("lastClosedDate", notNullValue());
    }

    @Test
    void shouldMoveTheClocksAroundTheClockWhenThePartnerRaisesTheSeverity() {
        Caller partner = Callers.direct();
        String id = ServiceRequests.open(partner);

        patch(partner, id, Map.of("severity", "CRITICAL"));

        as(partner).get("/v1/servicerequests/" + id).then().body("severity", equalTo("critical"))
                .body("sla.businessHours", equalTo(false))
                .body("sla.firstResponse.target", equalTo("PT1H"));
        as(partner).get("/v1/servicerequests/" + id + "/timeline").then()
                .body("items[1].action", equalTo("severity_changed"))
                .body("items[1].from", equalTo("moderate"))
                .body("items[1].to", equalTo("critical"));
    }

    @Test
    void shouldAddOnlyTheNoteWhenTheSdkSendsBackTheWholeRequestItRead() {
        Caller partner = Callers.direct();
        String id = ServiceRequests.open(partner);
        Map<String, Object> read = as(partner).get("/v1/servicerequests/" + id).then().extract().jsonPath().getMap("");
        read.put("newNote", Map.of("text", "More detail."));

        as(partner).body(read).patch("/v1/servicerequests/" + id).then().statusCode(200)
                .body("status", equalTo("open"))
                .body("severity", equalTo("moderate"))
                .body("notes.text", equalTo(List.of("More detail.")));
    }

    private static List<EventEnvelope> events(Caller partner, int expected) {
        String key = partner.partnerTenantId().toString();
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Events.bootstrapServers(),
                SupportServiceEvents.TICKETS.name(), read -> read.stream().filter(r -> key.equals(r.key())).count() >= expected,
                Duration.ofSeconds(30));
        return records.stream().filter(r -> key.equals(r.key())).map(r -> EventJson.read(r.value())).toList();
    }
}
