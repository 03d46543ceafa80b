package org.partnercenter.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;

/**
 * An API answer read as commands need it: its JSON, an {@link ApiRefusal} for a 4xx or 5xx, and a failure for a
 * body that is not JSON (a proxy's sign-in page, a web server that is not the API), never an empty result.
 */
final class ApiAnswers {

    private ApiAnswers() {
    }

    /** The JSON of a successful answer (a MissingNode when it has no body); else the refusal it is. */
    static JsonNode json(String api, int status, HttpHeaders headers, String body) {
        JsonNode json = parse(body);
        if (status >= 400) {
            throw refusal(status, json);
        }
        if (json.isMissingNode() && body != null && !body.isBlank()) {
            throw new CliFailure(ExitCodes.REFUSED, "the API at " + api + " answered HTTP " + status + " with "
                    + headers.firstValue("Content-Type").orElse("a body") + " that is not JSON (is --api the "
                    + "API's address?)");
        }
        return json;
    }

    static ApiRefusal refusal(int status, JsonNode json) {
        return new ApiRefusal(status, describe(status, json), json);
    }

    /** The body's JSON; a MissingNode when it is empty or not JSON (an error page's HTML). */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return ApiClient.JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** The error shape's description; Azure AD's error_description; else the bare status. */
    static String describe(int status, JsonNode json) {
        for (String field : new String[] {"description", "error_description", "message"}) {
            if (json.path(field).isTextual()) {
                return json.path(field).asText();
            }
        }
        return "the API answered HTTP " + status;
    }
}
