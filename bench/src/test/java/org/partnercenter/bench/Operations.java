package org.partnercenter.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.testing.TestTokens;

/**
 * Billing's long work as a client sees it: a {@code POST} answered {@code 202} with {@code Location:
 * /v1/operations/{id}}, then the operation polled every 100 ms until it is no longer running (a close, an export).
 */
final class Operations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 100;

    private final HttpClient http;
    private final String baseUrl;

    Operations(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** @return the operation {@code path} answered 202 with */
    UUID start(Caller caller, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + TestTokens.sign(caller))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 202 || !location.contains("/v1/operations/")) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The operation once it is no longer running (succeeded or failed). */
    JsonNode awaitDone(Caller caller, UUID operationId, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode operation = get(caller, "/v1/operations/" + operationId);
            if (!"running".equals(operation.path("status").asText())) {
                return operation;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("operation " + operationId + " did not end in " + timeout);
    }

    /** A JSON resource that must answer 200. */
    JsonNode get(Caller caller, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + TestTokens.sign(caller)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
