package org.partnercenter.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The public API as a partner integration calls it: JSON through the gateway, an Azure AD bearer token,
 * and a new {@code MS-RequestId} on every write, so a write is never mistaken for the replay of another.
 */
final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String gatewayUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    GatewayClient(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    JsonNode get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, HttpRequest.BodyPublishers.noBody());
    }

    JsonNode post(String path, String token, Object body) throws IOException, InterruptedException {
        return send("POST", path, token, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    JsonNode patch(String path, String token, Object body) throws IOException, InterruptedException {
        return send("PATCH", path, token, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    /** An answer with the headers a long-running operation is followed by. */
    record Answer(JsonNode body, Optional<String> location, Optional<Duration> retryAfter) {
    }

    /** Starts a long-running operation (202): its body, {@code Location} and {@code Retry-After}. */
    Answer start(String path, String token, Object body) throws IOException, InterruptedException {
        return answer(exchange("POST", path, token,
                HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Reads an operation: {@code Retry-After} says when to ask again while it runs. */
    Answer poll(String path, String token) throws IOException, InterruptedException {
        return answer(exchange("GET", path, token, HttpRequest.BodyPublishers.noBody()));
    }

    /** The status a GET answers, for probes that expect refusals: no exception for a non-2xx answer. */
    int status(String path, String token) throws IOException, InterruptedException {
        return http.send(request("GET", path, token, HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode send(String method, String path, String token, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return json(exchange(method, path, token, body));
    }

    private HttpResponse<String> exchange(String method, String path, String token, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(method, path, token, body),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new DemoFailure(method + " " + path + " answered HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static Answer answer(HttpResponse<String> response) throws IOException {
        return new Answer(json(response), response.headers().firstValue("Location"),
                response.headers().firstValue("Retry-After").map(seconds -> Duration.ofSeconds(Long.parseLong(
                        seconds.trim()))));
    }

    private HttpRequest request(String method, String path, String token, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("MS-RequestId", UUID.randomUUID().toString())
                .method(method, body)
                .build();
    }
}
