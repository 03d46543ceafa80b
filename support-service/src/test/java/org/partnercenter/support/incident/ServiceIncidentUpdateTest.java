package org.partnercenter.support.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.Incidents.incident;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.Incidents;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class ServiceIncidentUpdateTest {

    @Test
    void shouldPublishAMessageAndRaiseTheStatusWhenSupportUpdatesWithTheCurrentEtag() {
        String id = incident(Incidents.newWorkload()).declareId();

        JsonPath updated = Incidents.patch(id, Map.of("message", "Orders are failing in West Europe.",
                "status", "Critical", "title", "Azure plan orders fail"));

        assertThat(updated.getString("status")).isEqualTo("critical");
        assertThat(updated.getString("title")).isEqualTo("Azure plan orders fail");
        assertThat(updated.getList("messages.messageText", String.class)).containsExactly(
                "We are investigating slow order processing.", "Orders are failing in West Europe.");
        assertThat(updated.getString("attributes.etag")).isNotEqualTo("0");
        assertThat(updated.getBoolean("resolved")).isFalse();
    }

    @Test
    void shouldResolveItWithAnEndTimeAndShowItNormalWhenSupportResolves() {
        String workload = Incidents.newWorkload();
        Instant started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String id = incident(workload).with("startTime", started.toString()).declareId();
        Instant ended = started.plus(90, ChronoUnit.MINUTES);

        as(Callers.support()).header("If-Match", "\"" + Incidents.etag(id) + "\"")
                .body(Map.of("resolved", true, "endTime", ended.toString(), "message", "Fixed: orders flow again."))
                .patch("/v1/serviceincidents/" + id)
                .then().statusCode(200)
                .body("resolved", equalTo(true))
                .body("endTime", equalTo(ended.toString()))
                .body("status", equalTo("normal"))
                .body("severity", equalTo("warning"))
                .body("messages[1].messageText", equalTo("Fixed: orders flow again."));

        as(Callers.reseller()).queryParam("filter", Incidents.workloadFilter(workload)).get("/v1/serviceincidents")
                .then().statusCode(200).body("items[0].status", equalTo("normal"));
    }

    @Test
    void shouldResolveNowWhenNoEndTimeIsSent() {
        String id = incident(Incidents.newWorkload()).declareId();

        JsonPath resolved = Incidents.patch(id, Map.of("resolved", true));

        assertThat(Instant.parse(resolved.getString("endTime"))).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void shouldRefuseWith2055AndChangeNothingWhenTheEtagIsStale() {
        String id = incident(Incidents.newWorkload()).declareId();
        String read = Incidents.etag(id);
        Incidents.patch(id, Map.of("message", "First update."));

        as(Callers.support()).header("If-Match", "\"" + read + "\"").body(Map.of("resolved", true))
                .patch("/v1/serviceincidents/" + id)
                .then().statusCode(400).body("code", equalTo(2055));
        as(Callers.support()).body(Map.of("resolved", true)).patch("/v1/serviceincidents/" + id)
                .then().statusCode(400).body("data", equalTo(List.of("If-Match")));

        as(Callers.direct()).get("/v1/serviceincidents/" + id).then().body("resolved", equalTo(false))
                .body("endTime", nullValue());
    }

    @Test
    void shouldApplyOnceWhenTheRequestIdRepeats() {
        String id = incident(Incidents.newWorkload()).declareId();
        String etag = "\"" + Incidents.etag(id) + "\"";
        String requestId = UUID.randomUUID().toString();

        for (int attempt = 0; attempt < 2; attempt++) {
            as(Callers.support()).header("MS-RequestId", requestId).header("If-Match", etag)
                    .body(Map.of("message", "Still investigating.")).patch("/v1/serviceincidents/" + id)
                    .then().statusCode(200);
        }

        assertThat(Incidents.get(Callers.direct(), id).getList("messages.messageText", String.class)).hasSize(2);
    }

    @Test
    void shouldRefuseToReopenOrRestateAResolvedIncidentButAcceptAMessage() {
        String id = incident(Incidents.newWorkload()).declareId();
        Incidents.patch(id, Map.of("resolved", true));

        for (Map<String, Object> change : List.<Map<String, Object>>of(Map.of("resolved", false),
                Map.of("status", "critical"))) {
            as(Callers.support()).header("If-Match", "\"" + Incidents.etag(id) + "\"").body(change)
                    .patch("/v1/serviceincidents/" + id)
                    .then().statusCode(409).body("description", containsString("declare a new incident"));
        }
        JsonPath afterwards = Incidents.patch(id, Map.of("message", "Root cause: a bad deployment."));

        assertThat(afterwards.getBoolean("resolved")).isTrue();
        assertThat(afterwards.getList("messages.messageText", String.class)).hasSize(2);
    }

    @Test
    void shouldNameTheProblemWhenAnUpdateIsInvalid() {
        Instant started = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String id = incident(Incidents.newWorkload()).with("startTime", started.toString()).declareId();

        for (Map<String, Object> change : List.<Map<String, Object>>of(Map.of(),
                Map.of("title", " "), Map.of("status", "fine"), Map.of("endTime", started.plusSeconds(1).toString()),
                Map.of("resolved", true, "endTime", started.minusSeconds(1).toString()),
                Map.of("resolved", true, "endTime", Instant.now().plus(1, ChronoUnit.HOURS).toString()),
                Map.of("resolved", "yes"))) {
            as(Callers.support()).header("If-Match", "\"" + Incidents.etag(id) + "\"").body(change)
                    .patch("/v1/serviceincidents/" + id)
                    .then().statusCode(400).body("code", equalTo(400)).body("description", notNullValue());
        }
        as(Callers.direct()).get("/v1/serviceincidents/" + id).then().body("resolved", equalTo(false))
                .body("title", equalTo("Azure plan orders are slow"));
    }

    @Test
    void shouldRefuseAPartnerOrTheOperatorsAdminWhenTheyUpdate() {
        String id = incident(Incidents.newWorkload()).declareId();
        String etag = "\"" + Incidents.etag(id) + "\"";

        for (var caller : List.of(Callers.direct(), Callers.reseller(), Callers.operatorAdmin())) {
            as(caller).header("If-Match", etag).body(Map.of("resolved", true)).patch("/v1/serviceincidents/" + id)
                    .then().statusCode(403).body("code", equalTo(900150));
        }
        assertThat(Incidents.get(Callers.direct(), id).getBoolean("resolved")).isFalse();
    }

    @Test
    void shouldAnswer404WhenSupportUpdatesAnUnknownIncident() {
        as(Callers.support()).header("If-Match", "\"0\"").body(Map.of("resolved", true))
                .patch("/v1/serviceincidents/PC1").then().statusCode(404);
    }
}
