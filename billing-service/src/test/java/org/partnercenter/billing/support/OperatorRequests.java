package org.partnercenter.billing.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.testing.TestTokens;

/**
 * The operator's requests to a billing-service running as a process of its own (where REST Assured's static setup
 * does not reach), with the gateway's internal token as {@code TestTokens} signs it. One operator for every request:
 * an operation is readable by its starter only, whichever process serves it.
 */
public final class OperatorRequests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Caller operator;

    public OperatorRequests(Caller operator) {
        this.operator = operator;
    }

    /** Starts the close of {@code period} for every partner: the id of the operation the 202 answers. */
    public String startClose(String baseUrl, String period) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/billingperiods/" + period
                + "/close")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("the close answered " + answer.statusCode() + ": " + answer.body());
        }
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Starts the work {@code path} names with a JSON {@code body}: the id of the operation the 202 answers. */
    public String start(String baseUrl, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (answer.statusCode() != 202) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A GET of {@code path} (below {@code /v1}'s base), answered 200: its body as a stream, and its headers. */
    public HttpResponse<InputStream> download(String baseUrl, String path) throws IOException, InterruptedException {
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + TestTokens.sign(operator)).header("Accept", "*/*")
                .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200) {
            String body = new String(answer.body().readAllBytes(), StandardCharsets.UTF_8);
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + body);
        }
        return answer;
    }

    /** A JSON object read with GET, answered 200. */
    public Map<String, Object> read(String baseUrl, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> read = EventJson.mapper().readValue(answer.body(), Map.class);
        return read;
    }

    /** The operation as its starter reads it. */
    public Map<String, Object> operation(String baseUrl, String id) throws IOException, InterruptedException {
        return read(baseUrl, "/v1/operations/" + id);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + TestTokens.sign(operator))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
