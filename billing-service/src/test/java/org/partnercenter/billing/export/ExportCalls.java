package org.partnercenter.billing.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnercenter.billing.lineitem.BillingCallers.as;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.partnercenter.commons.caller.Caller;

/** Exports requested, awaited and downloaded through the API as a caller, and the paged API's items to compare. */
final class ExportCalls {

    /** Numbers as exact decimals, so that {@code 2.40} equals {@code 2.40} and not {@code 2.4}. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One downloaded part: its manifest entry and its bytes. */
    record Part(Map<String, Object> entry, byte[] bytes) {

        String text() {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private ExportCalls() {
    }

    /** Starts an export (202): the operation's id. */
    static String start(Caller caller, String path, Map<String, Object> body) {
        var request = as(caller).contentType("application/json");
        if (body != null) {
            request.body(body);
        }
        Response answer = request.post(path);
        answer.then().statusCode(202);
        String location = answer.header("Location");
        assertThat(location).startsWith("/v1/operations/");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static Map<String, Object> awaitEnd(Caller caller, String operationId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(
                () -> as(caller).get("/v1/operations/" + operationId).then().statusCode(200).extract().jsonPath()
                        .getMap(""),
                operation -> !"running".equals(operation.get("status")));
    }

    /** Starts an export, awaits its success and reads its manifest. */
    static JsonPath export(Caller caller, String path, Map<String, Object> body) {
        Map<String, Object> done = awaitEnd(caller, start(caller, path, body));
        assertThat(done).containsEntry("status", "succeeded");
        String manifest = (String) done.get("resourceLocation");
        assertThat(manifest).startsWith("/invoices/exports/");
        return as(caller).get("/v1" + manifest).then().statusCode(200).extract().jsonPath();
    }

    /** Every part of the manifest, downloaded. */
    static List<Part> parts(Caller caller, JsonPath manifest) {
        List<Part> parts = new ArrayList<>();
        for (Map<String, Object> entry : manifest.<Map<String, Object>>getList("parts")) {
            Response download = as(caller).accept("*/*").get("/v1" + entry.get("downloadLink"));
            download.then().statusCode(200).contentType("application/gzip");
            assertThat(download.header("Content-Encoding")).isNull();
            assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(entry.get("byteCount")));
            parts.add(new Part(entry, download.asByteArray()));
        }
        return parts;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every item the paged API answers, following links.next, in its order. */
    static List<JsonNode> paged(Caller caller, String path) {
        List<JsonNode> items = new ArrayList<>();
        String token = null;
        do {
            var request = as(caller);
            if (token != null) {
                request.header("MS-ContinuationToken", token);
            }
            JsonNode page = json(request.get(path).then().statusCode(200).extract().asString());
            page.get("items").forEach(items::add);
            JsonNode next = page.path("links").path("next").path("headers");
            token = next.isArray() && !next.isEmpty() ? next.get(0).get("value").asText() : null;
        } while (token != null);
        return items;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
