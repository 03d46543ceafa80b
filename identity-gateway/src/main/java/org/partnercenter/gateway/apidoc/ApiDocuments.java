package org.partnercenter.gateway.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.partnercenter.gateway.routing.Owner;
import org.partnercenter.gateway.routing.ServiceEndpoints;

/**
 * One OpenAPI document for the whole API: the gateway's own, with the paths and schemas of every
 * service's document added. A service that is down, or answers no OpenAPI document, is named under
 * {@code x-unavailable} rather than failing the whole document.
 */
@ApplicationScoped
public class ApiDocuments {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final ServiceEndpoints services;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    ApiDocuments(ServiceEndpoints services, ObjectMapper json) {
        this.services = services;
        this.json = json;
    }

    /** @param gatewayDocumentUrl where the gateway's own document is served */
    public ObjectNode merged(String gatewayDocumentUrl) {
        ObjectNode merged = fetch(gatewayDocumentUrl)
                .filter(JsonNode::isObject).map(ObjectNode.class::cast).orElseGet(json::createObjectNode);
        ArrayNode unavailable = json.createArrayNode();
        for (Owner owner : Owner.values()) {
            if (owner == Owner.GATEWAY) {
                continue;
            }
            var document = fetch(services.of(owner).resolve("/q/openapi?format=json").toString())
                    .filter(doc -> doc.has("openapi") && doc.has("paths"));
            if (document.isEmpty()) {
                unavailable.add(owner.name().toLowerCase());
                continue;
            }
            copyFields(document.get().path("paths"), merged.withObject("/paths"));
            copyFields(document.get().path("components").path("schemas"), merged.withObject("/components")
                    .withObject("/schemas"));
        }
        merged.set("x-unavailable", unavailable);
        return merged;
    }

    /** The first definition of a name wins: the gateway's, then the services' in route-table order. */
    private static void copyFields(JsonNode from, ObjectNode into) {
        from.fields().forEachRemaining(field -> {
            if (!into.has(field.getKey())) {
                into.set(field.getKey(), field.getValue());
            }
        });
    }

    private java.util.Optional<JsonNode> fetch(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? java.util.Optional.of(json.readTree(response.body()))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }
}
