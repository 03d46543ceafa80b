package org.partnercenter.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A collection read page by page as the API links them: {@code links.next.uri} (relative to /v1) with its
 * {@code MS-ContinuationToken} header sent back, until there is no next link.
 */
public final class Pages {

    /** The items read, and whether the API had more that were not read. */
    public record Read(List<JsonNode> items, boolean more) {
    }

    private Pages() {
    }

    public static Read read(ApiClient api, String path, boolean all) {
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        Map<String, String> headers = Map.of();
        while (true) {
            JsonNode page = api.send("GET", next, null, headers).body();
            page.path("items").forEach(items::add);
            JsonNode link = page.path("links").path("next");
            if (!link.path("uri").isTextual()) {
                return new Read(items, false);
            }
            if (!all) {
                return new Read(items, true);
            }
            next = link.path("uri").asText();
            headers = headers(link);
        }
    }

    private static Map<String, String> headers(JsonNode link) {
        Map<String, String> headers = new HashMap<>();
        for (JsonNode header : link.path("headers")) {
            headers.put(header.path("key").asText(), header.path("value").asText());
        }
        return headers;
    }
}
