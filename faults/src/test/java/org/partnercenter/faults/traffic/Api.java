package org.partnercenter.faults.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** JSON through the gateway with a bearer token, and tokens from the identity provider (password grant). */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    /** A hung request is a finding too: no call waits longer than this. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String AUDIENCE = "https://api.partnercenter.microsoft.com";

    private final String gatewayUrl;
    private final String authority;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** An answer: status, body, headers. */
    public record Answer(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (HTTP " + status + "): " + body, e);
            }
        }
    }

    public Api(String gatewayUrl, String authority) {
        this.gatewayUrl = gatewayUrl;
        this.authority = authority;
    }

    public Answer post(String path, String token, Object body, String requestId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (requestId != null) {
            request.header("MS-RequestId", requestId);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response);
    }

    /** Posts and insists on a 2xx: for the set-up, which runs before any fault. */
    public JsonNode postOk(String path, String token, Object body) throws IOException, InterruptedException {
        Answer answer = post(path, token, body, null);
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("POST " + path + ": HTTP " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    public String token(String tenantId, String userPrincipalName, String password)
            throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", "fault-suite", "username", userPrincipalName,
                        "password", password, "scope", AUDIENCE + "/.default")
                .entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(authority + "/" + tenantId + "/oauth2/v2.0/token"))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + userPrincipalName + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
