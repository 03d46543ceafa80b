package org.partnercenter.support.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.Incidents.incident;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.Incidents;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class ServiceIncidentDeclareTest {

    @Test
    void shouldAnswerTheServiceIncidentDetailWhenSupportDeclaresOne() {
        String workload = Incidents.newWorkload();
        Instant started = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        String id = as(Callers.support()).body(incident(workload).with("startTime", started.toString()).build())
                .post("/v1/serviceincidents")
                .then().statusCode(201)
                .header("Location", containsString("/v1/serviceincidents/PC"))
                .body("title", equalTo("Azure plan orders are slow"))
                .body("messageType", equalTo("incident"))
                .body("workload", equalTo(workload))
                .body("status", equalTo("warning"))
                .body("severity", equalTo("warning"))
                .body("resolved", equalTo(false))
                .body("startTime", equalTo(started.toString()))
                .body("endTime", nullValue())
                .body("impactedArea", equalTo("Orders"))
                .body("affectedWorkloadNames", equalTo(List.of("Orders", "Subscriptions")))
                .body("messages.messageText", equalTo(List.of("We are investigating slow order processing.")))
                .body("messages[0].publishedTime", containsString("T"))
                .body("attributes.objectType", equalTo("ServiceIncidentDetail"))
                .body("attributes.etag", equalTo("0"))
                .extract().path("id");

        as(Callers.direct()).get("/v1/serviceincidents/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("links.self.uri", equalTo("/serviceincidents/" + id));
    }

    @Test
    void shouldShowTheIncidentToEveryPartnerGroupedByWorkloadWhenTheyList() {
        String workload = Incidents.newWorkload();
        String id = incident(workload).declareId();

        for (Caller reader : List.of(Callers.direct(), Callers.provider(), Callers.reseller(), Callers.support(),
                Callers.operatorAdmin())) {
            as(reader).queryParam("filter", Incidents.workloadFilter(workload)).get("/v1/serviceincidents")
                    .then().statusCode(200)
                    .body("totalCount", equalTo(1))
                    .body("attributes.objectType", equalTo("Collection"))
                    .body("items[0].workload", equalTo(workload))
                    .body("items[0].status", equalTo("warning"))
                    .body("items[0].attributes.objectType", equalTo("ServiceIncidents"))
                    .body("items[0].messageCenterMessages", equalTo(List.of()))
                    .body("items[0].incidents.id", equalTo(List.of(id)));
        }
    }

    @Test
    void shouldStartNowWhenNoStartTimeIsSent() {
        Instant before = Instant.now().minusSeconds(1);

        String startTime = incident(Incidents.newWorkload()).without("startTime").without("message").declare()
                .getString("startTime");

        assertThat(Instant.parse(startTime)).isAfter(before);
    }

    @Test
    void shouldNameEveryBadFieldAndStoreNothingWhenTheBodyIsInvalid() {
        String workload = Incidents.newWorkload();

        as(Callers.support()).body(incident(workload).without("title").with("status", "severe")
                        .with("affectedWorkloadNames", List.of(" ")).with("message", "x".repeat(10_001)).build())
                .post("/v1/serviceincidents")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("source", equalTo("support-service"))
                .body("data", hasItems(containsString("title"), containsString("status"),
                        containsString("affectedWorkloadNames"), containsString("message")));
        as(Callers.support()).body(incident(workload).with("title", "t".repeat(201)).build())
                .post("/v1/serviceincidents").then().statusCode(400).body("data[0]", containsString("title"));
        as(Callers.support()).body(incident(" ").build()).post("/v1/serviceincidents")
                .then().statusCode(400).body("data[0]", containsString("workload"));

        as(Callers.direct()).queryParam("filter", Incidents.workloadFilter(workload)).get("/v1/serviceincidents")
                .then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void shouldRefuseAStartTimeInTheFutureOrLongAgoWhenDeclaring() {
        for (String startTime : List.of(Instant.now().plus(1, ChronoUnit.HOURS).toString(), "1999-12-31T23:00:00Z")) {
            as(Callers.support()).body(incident(Incidents.newWorkload()).with("startTime", startTime).build())
                    .post("/v1/serviceincidents")
                    .then().statusCode(400).body("data[0]", containsString("startTime: " + startTime));
        }
        as(Callers.support()).body(incident(Incidents.newWorkload()).with("startTime", "yesterday").build())
                .post("/v1/serviceincidents").then().statusCode(400).body("code", equalTo(400));
    }

    @Test
    void shouldRefuseAPartnerOrTheOperatorsAdminWhenTheyDeclare() {
        for (Caller caller : List.of(Callers.direct(), Callers.withRoles(Callers.direct(), "global_admin"),
                Callers.reseller(), Callers.operatorAdmin())) {
            as(caller).body(incident(Incidents.newWorkload()).build()).post("/v1/serviceincidents")
                    .then().statusCode(403).body("code", equalTo(900150));
        }
    }

    @Test
    void shouldDeclareOnceWhenTheRequestIdRepeats() {
        String workload = Incidents.newWorkload();
        String requestId = UUID.randomUUID().toString();

        String first = as(Callers.support()).header("MS-RequestId", requestId).body(incident(workload).build())
                .post("/v1/serviceincidents").then().statusCode(201).extract().path("id");
        String retry = as(Callers.support()).header("MS-RequestId", requestId).body(incident(workload).build())
                .post("/v1/serviceincidents").then().statusCode(201)
                .header("MS-Idempotent-Replay", "true")
                .header("Location", endsWith("/v1/serviceincidents/" + first)).extract().path("id");

        assertThat(retry).isEqualTo(first);
        as(Callers.direct()).queryParam("filter", Incidents.workloadFilter(workload)).get("/v1/serviceincidents")
                .then().statusCode(200).body("items[0].incidents.size()", equalTo(1));
    }

    @Test
    void shouldAnswer404WhenTheIdNamesNoIncident() {
        for (String id : List.of("PC0", "pc1", "PC1x", "x".repeat(300))) {
            as(Callers.direct()).urlEncodingEnabled(false).get("/v1/serviceincidents/" + id).then().statusCode(404)
                    .body("code", equalTo(404)).body("description", containsString("GET /v1/serviceincidents"));
        }
    }
}
