package org.partnercenter.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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

    /** The status a GET answers, for probes that expect refusals: no exception for a non-2xx answer. */
    int status(String path, String token) throws IOException, InterruptedException {
        return http.send(request("GET", path, token, HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode send(String method, String path, String token, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(method, path, token, body),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new DemoFailure(method + " " + path + " answered HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
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
