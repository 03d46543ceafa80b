package org.partnercenter.cli.servicerequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.partnercenter.cli.http.ApiClient;
import org.partnercenter.cli.http.Query;

/**
 * The PATCH of update and note: only the fields given are sent, as the API reads an absent field as no change.
 * No If-Match: the API takes none for service requests (it locks the request and checks the change against the
 * status it finds, answering 409 when that status forbids it).
 */
final class ServiceRequestChange {

    private final ObjectNode body = JsonNodeFactory.instance.objectNode();

    ServiceRequestChange status(String status) {
        if (status != null) {
            body.put("status", status);
        }
        return this;
    }

    ServiceRequestChange severity(String severity) {
        if (severity != null) {
            body.put("severity", severity);
        }
        return this;
    }

    /** The real API's ServiceRequestNote: {@code "newNote": {"text": ...}}. */
    ServiceRequestChange note(String text) {
        if (text != null) {
            body.putObject("newNote").put("text", text);
        }
        return this;
    }

    boolean isEmpty() {
        return body.isEmpty();
    }

    JsonNode sendTo(ApiClient api, String id) {
        return api.send("PATCH", "/servicerequests/" + Query.encode(id), body, Map.of()).body();
    }
}
