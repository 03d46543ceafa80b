package org.partnercenter.support.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.Incidents.incident;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.support.support.Callers;
import org.partnercenter.support.support.Incidents;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class ServiceIncidentListTest {

    private static final String UNRESOLVED = "{\"Field\":\"Resolved\",\"Value\":\"false\",\"Operator\":\"equals\"}";
    private static final String RESOLVED = "{\"Field\":\"Resolved\",\"Value\":\"true\",\"Operator\":\"equals\"}";

    @Test
    void shouldGroupAWorkloadsIncidentsUnderItsWorstUnresolvedStatusWhenListed() {
        String workload = Incidents.newWorkload();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String older = incident(workload).with("status", "information").with("startTime",
                now.minus(3, ChronoUnit.HOURS).toString()).declareId();
        String critical = incident(workload).with("status", "critical").with("startTime",
                now.minus(2, ChronoUnit.HOURS).toString()).declareId();
        String warning = incident(workload).with("status", "warning").with("startTime",
                now.minus(1, ChronoUnit.HOURS).toString()).declareId();

        JsonPath listed = list(Incidents.workloadFilter(workload));
        assertThat(listed.getString("items[0].status")).isEqualTo("critical");
        assertThat(listed.getList("items[0].incidents.id", String.class)).containsExactly(older, critical, warning);

        Incidents.patch(critical, Map.of("resolved", true));
        assertThat(list(Incidents.workloadFilter(workload)).getString("items[0].status")).isEqualTo("warning");
    }

    @Test
    void shouldFilterByResolvedAsTheSdkQueriesWhenAsked() {
        String workload = Incidents.newWorkload();
        String open = incident(workload).declareId();
        String resolved = incident(workload).declareId();
        Incidents.patch(resolved, Map.of("resolved", true));

        assertThat(ids(list(UNRESOLVED))).contains(open).doesNotContain(resolved);
        assertThat(ids(list(RESOLVED))).contains(resolved).doesNotContain(open);
        // The Java SDK writes the operator in PascalCase; scripts leave it out.
        assertThat(ids(list("{\"Field\":\"Resolved\",\"Value\":\"false\",\"Operator\":\"Equals\"}"))).contains(open);
        assertThat(ids(list("{\"field\":\"resolved\",\"value\":false}"))).contains(open);
    }

    @Test
    void shouldFilterByWhatAnIncidentMeansNowWhenAskedForAStatus() {
        String workload = Incidents.newWorkload();
        String critical = incident(workload).with("status", "critical").declareId();
        String resolved = incident(workload).with("status", "critical").declareId();
        Incidents.patch(resolved, Map.of("resolved", true));

        assertThat(ids(list(status("critical")))).contains(critical).doesNotContain(resolved);
        assertThat(ids(list(status("Normal")))).contains(resolved).doesNotContain(critical);
    }

    @Test
    void shouldNameTheProblemWhenTheFilterIsInvalid() {
        for (String filter : List.of("not json", "{\"Field\":\"Title\",\"Value\":\"x\",\"Operator\":\"equals\"}",
                "{\"Field\":\"Resolved\",\"Value\":\"maybe\",\"Operator\":\"equals\"}",
                "{\"Field\":\"Resolved\",\"Value\":\"true\",\"Operator\":\"starts_with\"}", status("severe"))) {
            as(Callers.direct()).queryParam("filter", filter).get("/v1/serviceincidents")
                    .then().statusCode(400).body("code", equalTo(400)).body("description", containsString("filter"));
        }
        as(Callers.direct()).queryParam("size", "many").get("/v1/serviceincidents").then().statusCode(400);
    }

    @Test
    void shouldPageThroughEveryIncidentOnceWhenTheContinuationTokenIsFollowed() {
        String workload = Incidents.newWorkload();
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            declared.add(incident(workload).declareId());
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            var spec = as(Callers.direct()).queryParam("filter", Incidents.workloadFilter(workload))
                    .queryParam("size", 2);
            if (token != null) {
                spec = spec.header("MS-ContinuationToken", token);
            }
            JsonPath page = spec.get("/v1/serviceincidents").then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items.workload", String.class)).containsOnly(workload);
            seen.addAll(ids(page));
            token = page.getString("links.next.headers[0].value");
            pages++;
        } while (token != null);

        assertThat(seen).containsExactlyElementsOf(declared);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void shouldAnswerTheSameCollectionWhenTheSdksPathIsCalled() {
        String workload = Incidents.newWorkload();
        String id = incident(workload).declareId();

        as(Callers.reseller()).queryParam("filter", Incidents.workloadFilter(workload))
                .get("/v1/serviceincidents/office").then().statusCode(200)
                .body("items[0].workload", equalTo(workload))
                .body("items[0].incidents[0].id", equalTo(id))
                .body("links.self.uri", containsString("/serviceincidents/office"));
    }

    private static JsonPath list(String filter) {
        return as(Callers.direct()).queryParam("filter", filter).queryParam("size", 500).get("/v1/serviceincidents")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("items.incidents.flatten().id", String.class);
    }

    private static String status(String value) {
        return "{\"Field\":\"Status\",\"Value\":\"" + value + "\",\"Operator\":\"equals\"}";
    }
}
