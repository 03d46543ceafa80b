package org.partnercenter.support.support;

import static org.partnercenter.support.support.Callers.as;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;

/** Builds service-incident bodies, valid unless told otherwise, on a workload of the test's own, and drives the API. */
public final class Incidents {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private Incidents(String workload) {
        body.put("title", "Azure plan orders are slow");
        body.put("workload", workload);
        body.put("status", "warning");
        body.put("impactedArea", "Orders");
        body.put("affectedWorkloadNames", List.of("Orders", "Subscriptions"));
        body.put("message", "We are investigating slow order processing.");
    }

    /** A workload no other test uses, so that a test reads only its own incidents. */
    public static String newWorkload() {
        return "Workload " + UUID.randomUUID();
    }

    public static Incidents incident(String workload) {
        return new Incidents(workload);
    }

    public Incidents with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Incidents without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }

    public JsonPath declare() {
        return as(Callers.support()).body(body).post("/v1/serviceincidents").then().statusCode(201).extract()
                .jsonPath();
    }

    public String declareId() {
        return declare().getString("id");
    }

    public static JsonPath get(Caller caller, String id) {
        return as(caller).get("/v1/serviceincidents/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static String etag(String id) {
        return get(Callers.support(), id).getString("attributes.etag");
    }

    /** Support's PATCH with the incident's current etag. */
    public static JsonPath patch(String id, Map<String, ?> changes) {
        return as(Callers.support()).header("If-Match", "\"" + etag(id) + "\"").body(changes)
                .patch("/v1/serviceincidents/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The SDK's filter on one workload, as its query sends it. */
    public static String workloadFilter(String workload) {
        return "{\"Field\":\"Workload\",\"Value\":\"" + workload + "\",\"Operator\":\"equals\"}";
    }
}
