package org.partnercenter.gateway.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.partnercenter.gateway.routing.Owner;
import org.partnercenter.gateway.routing.ServiceEndpoints;

/**
 * One OpenAPI document for the whole API: the gateway's own, with the paths and schemas of every
 * service's document (its {@code /q/openapi} on its management port) added. A service that is down, or
 * answers no OpenAPI document, is named under {@code x-unavailable} rather than failing the whole document.
 */
@ApplicationScoped
public class ApiDocuments {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final ServiceEndpoints services;
    private final OpenApiDocumentService gatewayDocument;
    private final ObjectMapper json;
    /**
     * HTTP/1.1: the JDK client's cleartext HTTP/2 upgrade once left a request to a service's management port waiting
     * past its timeout (the e2e suite hung on GET /openapi), and these documents gain nothing from HTTP/2.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    ApiDocuments(ServiceEndpoints services, OpenApiDocumentService gatewayDocument, ObjectMapper json) {
        this.services = services;
        this.gatewayDocument = gatewayDocument;
        this.json = json;
    }

    public ObjectNode merged() {
        ObjectNode merged = ownDocument();
        ArrayNode unavailable = json.createArrayNode();
        for (Owner owner : Owner.values()) {
            if (owner == Owner.GATEWAY) {
                continue;
            }
            var document = fetch(services.managementOf(owner).resolve("/q/openapi?format=json").toString())
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

    /** The gateway's own document, as Quarkus built it; its endpoint is off, /openapi being the one to read. */
    private ObjectNode ownDocument() {
        try {
            JsonNode own = json.readTree(
                    gatewayDocument.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
            return own instanceof ObjectNode document ? document : json.createObjectNode();
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private Optional<JsonNode> fetch(String url) {
        try {
            // A deadline of our own as well: the request's timeout alone did not end that wait.
            HttpResponse<String> response = http.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .build(), HttpResponse.BodyHandlers.ofString()).get(TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
            return response.statusCode() == 200 ? Optional.of(json.readTree(response.body()))
                    : Optional.empty();
        } catch (IOException | ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
