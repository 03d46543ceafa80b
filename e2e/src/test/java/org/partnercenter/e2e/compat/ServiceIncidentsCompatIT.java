package org.partnercenter.e2e.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.ServiceIncidentBody;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * Issue 19: service incidents as the SDKs read them, {@code partnerOperations.ServiceIncidents.Get()} and
 * {@code .Query(filter)} with {@code ServiceIncidentSearchField.Resolved}: both call {@code GET
 * /v1/serviceincidents/office} and read a {@code ResourceCollection<ServiceIncidents>}, one item per workload with its
 * {@code ServiceIncidentDetail}s. The operator's support declares and resolves them; every partner reads them.
 */
@EndToEnd
class ServiceIncidentsCompatIT {

    /** The SDKs' path ({@code GetServiceIncidents} in their configuration). */
    private static final String SDK_PATH = "/v1/serviceincidents/office";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackUnderTest stack;
    private final Gateway gateway;

    ServiceIncidentsCompatIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldShowTheOperatorsIncidentToEveryPartnerWhenTheSdkGetsServiceIncidents() {
        TestUser support = stack.operators().addSupportAgent();
        String workload = "Compat Workload " + UUID.randomUUID();
        String id = gateway.as(support).body(ServiceIncidentBody.incident(workload).build())
                .post("/v1/serviceincidents").then().statusCode(201).extract().path("id");
        TestPartner provider = stack.partners().indirectProvider();

        for (TestUser reader : List.of(stack.partners().direct().admin(), provider.admin(),
                stack.partners().resellerOf(provider).admin())) {
            JsonPath group = group(reader, null, workload);
            assertThat(group.getString("status")).isEqualTo("warning");
            assertThat(group.getList("messageCenterMessages")).isEmpty();
            assertThat(group.getString("incidents[0].id")).isEqualTo(id);
            assertThat(group.getString("incidents[0].messageType")).isEqualTo("incident");
            assertThat(group.getString("incidents[0].status")).isEqualTo("warning");
            assertThat(group.getBoolean("incidents[0].resolved")).isFalse();
            assertThat(group.getString("incidents[0].endTime")).isNull();
            assertThat(Instant.parse(group.getString("incidents[0].startTime")))
                    .isBefore(Instant.now().plusSeconds(60));
            assertThat(group.getString("incidents[0].messages[0].messageText"))
                    .isEqualTo("We are investigating slow order processing.");
            assertThat(group.getString("incidents[0].messages[0].publishedTime")).isNotBlank();
            assertThat(group.getList("incidents[0].affectedWorkloadNames", String.class)).containsExactly("Orders");
        }
    }

    @Test
    void shouldListOnlyActiveIncidentsWhenTheSdkQueriesResolvedFalse() {
        TestUser support = stack.operators().addSupportAgent();
        String workload = "Compat Workload " + UUID.randomUUID();
        String active = declare(support, workload);
        String resolved = declare(support, workload);
        String etag = gateway.as(support).get("/v1/serviceincidents/" + resolved).then().statusCode(200)
                .extract().path("attributes.etag");
        gateway.as(support).header("If-Match", "\"" + etag + "\"").body(Map.of("resolved", true, "message", "Fixed."))
                .patch("/v1/serviceincidents/" + resolved).then().statusCode(200)
                .body("resolved", equalTo(true)).body("status", equalTo("normal"));
        TestUser partner = stack.partners().direct().admin();

        // .NET writes the SimpleFieldFilter in PascalCase with a snake-case operator; Java in camelCase, PascalCase.
        for (String filter : List.of("{\"Field\":\"Resolved\",\"Value\":\"false\",\"Operator\":\"equals\"}",
                "{\"operator\":\"Equals\",\"fieldType\":\"String\",\"field\":\"Resolved\",\"value\":\"false\"}")) {
            JsonPath group = group(partner, filter, workload);
            assertThat(group.getList("incidents.id", String.class)).containsExactly(active);
            assertThat(group.getString("status")).isEqualTo("warning");
        }
        JsonPath all = group(partner, null, workload);
        assertThat(all.getList("incidents.id", String.class)).containsExactlyInAnyOrder(active, resolved);
        assertThat(all.getString("incidents.find { it.id == '" + resolved + "' }.endTime")).isNotBlank();
    }

    @Test
    void shouldRefuseAPartnerAndNameTheProblemForSupportWhenIncidentsAreWritten() {
        TestPartner partner = stack.partners().direct();
        gateway.as(partner.admin()).body(ServiceIncidentBody.incident("Compat Workload").build())
                .post("/v1/serviceincidents").then().statusCode(403).body("code", equalTo(900150));

        TestUser support = stack.operators().addSupportAgent();
        gateway.as(support).body(ServiceIncidentBody.incident("Compat Workload").with("status", "severe").build())
                .post("/v1/serviceincidents").then().statusCode(400).body("code", equalTo(400));
    }

    private String declare(TestUser support, String workload) {
        return gateway.as(support).body(ServiceIncidentBody.incident(workload).build()).post("/v1/serviceincidents")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * The workload's group as the SDK's call answers it, read page after page (other suites declare incidents in
     * the same stack): the SDK's filter URL-encoded, as its clients send it.
     */
    private JsonPath group(TestUser reader, String filter, String workload) {
        List<Map<String, Object>> incidents = new ArrayList<>();
        Map<String, Object> found = null;
        String uri = SDK_PATH + (filter == null ? "" : "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        String token = null;
        do {
            RequestSpecification request = gateway.as(reader).urlEncodingEnabled(false);
            if (token != null) {
                request.header("MS-ContinuationToken", token);
            }
            JsonPath page = request.get(uri).then().statusCode(200)
                    .body("attributes.objectType", equalTo("Collection")).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                if (workload.equals(item.get("workload"))) {
                    found = new LinkedHashMap<>(item);
                    incidents.addAll(castList(item.get("incidents")));
                }
            }
            token = page.getString("links.next.headers.find { it.key == 'MS-ContinuationToken' }.value");
            uri = token == null ? uri : "/v1" + page.getString("links.next.uri");
        } while (token != null);
        assertThat(found).as("the group of workload %s", workload).isNotNull();
        found.put("incidents", incidents);
        return JsonPath.from(JSON.valueToTree(found).toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object list) {
        return (List<Map<String, Object>>) list;
    }
}
