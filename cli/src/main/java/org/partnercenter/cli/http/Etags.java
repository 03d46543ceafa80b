package org.partnercenter.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The API's optimistic concurrency: a resource's {@code attributes.etag}, sent back quoted in If-Match. */
public final class Etags {

    private Etags() {
    }

    /** The resource's etag, or "" when it carries none. */
    public static String of(JsonNode resource) {
        return resource.path("attributes").path("etag").asText("");
    }

    /** The If-Match header for an etag (quoted as the API writes it), or no header for "". */
    public static Map<String, String> ifMatch(String etag) {
        if (etag.isEmpty()) {
            return Map.of();
        }
        return Map.of("If-Match", etag.startsWith("\"") || etag.startsWith("W/") ? etag : "\"" + etag + "\"");
    }
}
