package org.partnercenter.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.partnercenter.e2e.support.LongOperations.Followed;

/**
 * A reconciliation export as a partner's client takes it: started, followed to its manifest, every part downloaded
 * through the gateway and checked against the manifest (its sha256 over the exact bytes, its row count) before its
 * rows are read.
 */
public final class ReconciliationFiles {

    private final Gateway gateway;
    private final TestUser caller;

    public ReconciliationFiles(Gateway gateway, TestUser caller) {
        this.gateway = gateway;
        this.caller = caller;
    }

    /** @param path {@code /v1/invoices/{id}/exports} or {@code /v1/invoices/unbilled/exports} */
    public Export export(String path, Map<String, Object> body) throws InterruptedException {
        Followed operation = LongOperations.follow(gateway, caller, gateway.as(caller).body(body).post(path));
        assertThat(operation.ended().getString("status")).as(operation.ended().prettify()).isEqualTo("succeeded");
        String manifestAt = operation.ended().getString("resourceLocation");
        assertThat(manifestAt).startsWith("/invoices/exports/");
        JsonPath manifest = gateway.as(caller).get("/v1" + manifestAt).then().statusCode(200).extract().jsonPath();
        boolean csv = manifest.getString("dataFormat").equals("compressedCSV");
        List<String> rows = new ArrayList<>();
        String header = null;
        for (Map<String, Object> part : manifest.<Map<String, Object>>getList("parts")) {
            List<String> lines = verified(part);
            if (csv) {
                // Every part of a CSV export is a file of its own: it starts with the header.
                header = lines.get(0);
                lines = lines.subList(1, lines.size());
            }
            assertThat(lines).as("the rowCount of " + part.get("name")).hasSize((Integer) part.get("rowCount"));
            rows.addAll(lines);
        }
        assertThat(rows).as("the manifest's rowCount").hasSize(manifest.getInt("rowCount"));
        return new Export("/v1" + manifestAt, manifest, header, rows);
    }

    private List<String> verified(Map<String, Object> part) {
        Response download = gateway.as(caller).accept("application/gzip").get("/v1" + part.get("downloadLink"));
        download.then().statusCode(200).contentType("application/gzip");
        assertThat(download.header("Content-Encoding")).isNull();
        byte[] bytes = download.asByteArray();
        assertThat(sha256(bytes)).as("the sha256 of " + part.get("name")).isEqualTo(part.get("sha256"));
        return gunzipped(bytes).lines().toList();
    }

    private static String gunzipped(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("a part is not gzip", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param manifestPath where the manifest is read through the gateway
     * @param header a CSV export's header line, null for JSON lines
     * @param rows every part's rows, in order
     */
    public record Export(String manifestPath, JsonPath manifest, String header, List<String> rows) {
    }
}
