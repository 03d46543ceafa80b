package org.partnercenter.support.support;

import static org.partnercenter.support.support.Callers.as;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;

/** Builds request bodies in the docs' PascalCase shape, valid unless told otherwise, and drives the API. */
public final class ServiceRequests {

    public static final long BILLING_TOPIC = 32444601L;

    private final Map<String, Object> body = new LinkedHashMap<>();

    private ServiceRequests() {
        body.put("Title", "Invoice total looks wrong");
        body.put("Description", "The March invoice is 10 USD higher than the sum of its line items.");
        body.put("Severity", "Moderate");
        body.put("SupportTopicId", String.valueOf(BILLING_TOPIC));
        body.put("PrimaryContact", Map.of("FirstName", "Tess", "LastName", "Tester", "Email", "tess@partner.test",
                "PhoneNumber", "4255550100"));
        body.put("FileLinks", List.of(Map.of("Id", "f1", "FileNameWithoutExtension", "invoice", "FileExtension",
                ".pdf", "FileSize", 1024)));
    }

    public static ServiceRequests request() {
        return new ServiceRequests();
    }

    public ServiceRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public ServiceRequests without(String field) {
        body.remove(field);
        return this;
    }

    public ServiceRequests severity(String severity) {
        return with("Severity", severity);
    }

    public ServiceRequests customer(UUID customerId) {
        return with("CustomerId", customerId.toString());
    }

    public Map<String, Object> build() {
        return body;
    }

    public JsonPath openAs(Caller caller) {
        return as(caller).body(body).post("/v1/servicerequests/en-US").then().statusCode(201).extract().jsonPath();
    }

    public String openIdAs(Caller caller) {
        return openAs(caller).getString("id");
    }

    public static String open(Caller caller) {
        return request().openIdAs(caller);
    }

    /** Opened and escalated: in support's queue. */
    public static String escalated(Caller caller) {
        String id = open(caller);
        escalate(caller, id);
        return id;
    }

    public static void escalate(Caller caller, String id) {
        as(caller).body(Map.of("reason", "We cannot solve it ourselves"))
                .post("/v1/servicerequests/" + id + "/escalate").then().statusCode(200);
    }

    public static JsonPath patch(Caller caller, String id, Map<String, ?> changes) {
        return as(caller).body(changes).patch("/v1/servicerequests/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The ids of every request the caller lists with this query, following the continuation tokens. */
    public static List<String> allIds(Caller caller, String query) {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            var spec = as(caller);
            if (token != null) {
                spec = spec.header("MS-ContinuationToken", token);
            }
            JsonPath page = spec.get("/v1/servicerequests?size=500" + (query.isEmpty() ? "" : "&" + query)).then()
                    .statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            token = page.getString("links.next.headers[0].value");
        } while (token != null);
        return ids;
    }

    public static Map<String, Object> note(String text) {
        return Map.of("NewNote", Map.of("Text", text));
    }
}
