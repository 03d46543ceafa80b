package org.partnercenter.support.request;

import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.ServiceRequests.patch;
import static org.partnercenter.support.support.ServiceRequests.request;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.ServiceRequests;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

/** The clocks through the API, with the service's clock moved; 2030-01-07 is a Monday, 2030-12-25 a holiday. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class SlaClockTest {

    @Inject
    AdjustableClock clock;

    private final Caller partner = Callers.direct();
    private final Caller support = Callers.support();

    @AfterEach
    void followRealTimeAgain() {
        clock.reset();
    }

    @Test
    void shouldSkipTheWeekendWhenAModerateRequestIsEscalatedOnFridayAfternoon() {
        String id = escalatedAt("2030-01-04T16:00:00Z", "moderate");

        clock.set(Instant.parse("2030-01-07T09:00:00Z"));

        read(id).body("sla.businessHours", equalTo(true))
                .body("sla.firstResponse.state", equalTo("running"))
                .body("sla.firstResponse.remaining", equalTo("PT1H"))
                .body("sla.firstResponse.dueDate", equalTo("2030-01-07T10:00:00Z"))
                .body("sla.firstResponse.breached", equalTo(false))
                .body("sla.resolution.dueDate", equalTo("2030-01-09T16:00:00Z"))
                .body("sla.nextUpdate.state", equalTo("not_started"));
    }

    @Test
    void shouldPauseWhileSupportWaitsOnThePartnerAndResumeOnItsReply() {
        String id = escalatedAt("2030-01-07T09:00:00Z", "moderate");
        clock.set(Instant.parse("2030-01-07T10:00:00Z"));
        patch(support, id, Map.of("NewNote", Map.of("Text", "Which invoice?"), "Status", "attention_needed"));

        clock.set(Instant.parse("2030-01-08T12:00:00Z"));
        read(id).body("sla.firstResponse.state", equalTo("stopped"))
                .body("sla.firstResponse.stoppedDate", equalTo("2030-01-07T10:00:00Z"))
                .body("sla.firstResponse.remaining", equalTo("PT3H"))
                .body("sla.resolution.state", equalTo("paused"))
                .body("sla.resolution.remaining", equalTo("PT29H"))
                .body("sla.resolution.dueDate", equalTo(null))
                .body("sla.nextUpdate.state", equalTo("paused"));
        patch(partner, id, Map.of("NewNote", "INV-7"));

        clock.set(Instant.parse("2030-01-08T14:00:00Z"));
        read(id).body("status", equalTo("open"))
                .body("sla.resolution.state", equalTo("running"))
                .body("sla.resolution.remaining", equalTo("PT27H"))
                .body("sla.resolution.dueDate", equalTo("2030-01-11T11:00:00Z"))
                .body("sla.nextUpdate.remaining", equalTo("PT22H"))
                .body("sla.nextUpdate.dueDate", equalTo("2030-01-10T16:00:00Z"));
    }

    @Test
    void shouldBreachAroundTheClockWhenACriticalRequestGetsNoResponse() {
        String id = escalatedAt("2030-01-05T10:00:00Z", "critical");

        clock.set(Instant.parse("2030-01-05T11:30:00Z"));

        read(id).body("sla.businessHours", equalTo(false))
                .body("sla.firstResponse.breached", equalTo(true))
                .body("sla.firstResponse.remaining", equalTo("PT-30M"))
                .body("sla.firstResponse.dueDate", equalTo("2030-01-05T11:00:00Z"));
        clock.set(Instant.parse("2030-01-05T12:00:00Z"));
        patch(support, id, Map.of("NewNote", "Sorry for the wait."));
        read(id).body("sla.firstResponse.state", equalTo("stopped"))
                .body("sla.firstResponse.breached", equalTo(true))
                .body("sla.nextUpdate.dueDate", equalTo("2030-01-05T16:00:00Z"));
    }

    @Test
    void shouldSkipTheConfiguredHolidayWhenAMinimalRequestRunsOverChristmas() {
        String id = escalatedAt("2030-12-24T17:00:00Z", "minimal");

        clock.set(Instant.parse("2030-12-26T09:00:00Z"));

        read(id).body("sla.firstResponse.remaining", equalTo("PT6H"))
                .body("sla.firstResponse.dueDate", equalTo("2030-12-26T15:00:00Z"))
                .body("sla.resolution.target", equalTo("PT50H"));
    }

    private String escalatedAt(String instant, String severity) {
        clock.set(Instant.parse(instant));
        String id = request().severity(severity).openIdAs(partner);
        ServiceRequests.escalate(partner, id);
        return id;
    }

    private ValidatableResponse read(String id) {
        return as(partner).get("/v1/servicerequests/" + id).then().statusCode(200);
    }
}
