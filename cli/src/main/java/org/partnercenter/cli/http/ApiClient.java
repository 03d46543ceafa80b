package org.partnercenter.cli.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.partnercenter.cli.CliFailure;

/**
 * Calls the API under {@code {api}/v1} with the bearer token. One MS-CorrelationId ties every call of an invocation
 * together in the services' logs; writes carry one MS-RequestId per invocation, the API's idempotency key, so a
 * write this invocation sends again (after a dropped connection) changes nothing twice.
 */
public final class ApiClient {

    /**
     * Amounts are read as written (3.00 stays 3.00, never the double 3.0) and written back plain (0.0000001, never
     * 1E-7, as the services write them): money keeps its currency's scale.
     */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    public static final String REQUEST_ID = "MS-RequestId";

    private final HttpClient http = Http.client();
    private final String base;
    private final Http.Peer peer;
    private final Supplier<String> token;
    private final DebugLog debug;
    private final String requestId = UUID.randomUUID().toString();
    private final String correlationId = UUID.randomUUID().toString();

    public ApiClient(String api, Supplier<String> token, DebugLog debug) {
        this.base = api + "/v1";
        this.peer = new Http.Peer("the API", base, "--api");
        this.token = token;
        this.debug = debug;
    }

    public JsonNode get(String path) {
        return send("GET", path, null, Map.of()).body();
    }

    /** {@code path} starts with "/" and is relative to /v1, as the API's own links are. */
    public ApiResponse send(String method, String path, JsonNode body, Map<String, String> headers) {
        String text = body == null ? null : text(body);
        return sendText(method, path, text == null ? null : "application/json", text, headers);
    }

    /**
     * A body of another type (a CSV price list, a batch of usage records). A header MS-RequestId in
     * {@code headers} replaces the invocation's: a command that sends many different writes (the batches of an
     * upload) gives each its own idempotency key.
     */
    public ApiResponse sendText(String method, String path, String contentType, String text,
            Map<String, String> headers) {
        HttpRequest.BodyPublisher body = text == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(text);
        return sendBody(method, path, text == null ? null : contentType, body, text, headers, Http.ANSWER);
    }

    /**
     * A file as the body, streamed from disk (a price list of hundreds of MB is never held in memory);
     * {@code progress} is told the bytes sent so far as they leave.
     */
    public ApiResponse sendFile(String method, String path, String contentType, Path file, Map<String, String> headers,
            LongConsumer progress) {
        try {
            HttpRequest.BodyPublisher body = new CountingBodyPublisher(HttpRequest.BodyPublishers.ofFile(file),
                    progress);
            return sendBody(method, path, contentType, body, "(" + Files.size(file) + " bytes of " + file + ")",
                    headers, Http.TRANSFER);
        } catch (IOException e) {
            throw CliFailure.cannotRead(file, e);
        }
    }

    private ApiResponse sendBody(String method, String path, String contentType, HttpRequest.BodyPublisher body,
            String shownBody, Map<String, String> headers, Duration deadline) {
        HttpRequest.Builder request = authorized(path, "application/json");
        if (!method.equals("GET") && !headers.containsKey(REQUEST_ID)) {
            request.header(REQUEST_ID, requestId);
        }
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpRequest built = request.method(method, body).build();
        debug.request(method, built.uri().toString(), built.headers(), shownBody);
        HttpResponse<String> response = exchange(built, HttpResponse.BodyHandlers.ofString(), deadline);
        debug.response(response.statusCode(), response.headers(), response.body());
        JsonNode json = ApiAnswers.json(base, response.statusCode(), response.headers(), response.body());
        return new ApiResponse(response.statusCode(), response.headers(), json);
    }

    /**
     * GETs a file (a statement, an export's part) into {@code target}, never leaving a half file under its name (see
     * {@link FileDownload}); answers the response's headers.
     */
    public HttpHeaders download(String path, String accept, Path target) {
        return new FileDownload(this, debug).into(path, accept, target);
    }

    HttpRequest.Builder authorized(String path, String accept) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .header("Authorization", "Bearer " + bearer())
                .header("MS-CorrelationId", correlationId);
    }

    /** Checked here, as the HTTP client's own refusal would be a bug report quoting the token. */
    private String bearer() {
        String value = token.get();
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || !value.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw CliFailure.signInNeeded("the access token is empty or holds spaces, line breaks or other "
                    + "characters no token has: pass the token alone, or run partnercenter login");
        }
        return value;
    }

    private URI uri(String path) {
        return Http.uri(peer, base + path);
    }

    <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler, Duration deadline) {
        return Http.exchange(http, request, handler, deadline, peer);
    }

    /** JSON text on one line (a request body, a JSON line), decimals as written. */
    public static String text(JsonNode json) {
        return text(json, false);
    }

    /** An answer without a body (a MissingNode) is no text at all. */
    public static String text(JsonNode json, boolean pretty) {
        if (json.isMissingNode()) {
            return "";
        }
        try {
            return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json)
                    : JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes is always written", e);
        }
    }
}
