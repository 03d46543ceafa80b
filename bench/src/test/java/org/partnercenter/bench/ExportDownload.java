package org.partnercenter.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.testing.TestTokens;

/**
 * A finished export as its caller gets it: the manifest its operation names, then every part through its download
 * link, one at a time. Only the transfers are timed; then (untimed) each part is checked against its manifest entry:
 * byte count, SHA-256 of exactly the bytes answered, rows once unzipped, and for JSON Lines the sum of the rows'
 * {@code billingPreTaxTotal}, which must be the invoice's sub-total to the cent.
 */
final class ExportDownload {

    private static final String TOTAL_FIELD = "\"billingPreTaxTotal\":";

    /** One part as downloaded and counted, beside what the manifest says of it. */
    record Part(String name, long rows, long bytes, boolean sha256Matches, long manifestRows, long manifestBytes) {

        boolean matches() {
            return sha256Matches && rows == manifestRows && bytes == manifestBytes;
        }
    }

    /**
     * @param billingTotal the rows' billing total (JSON Lines only; null for CSV)
     * @param unzippedBytes the parts' rows as text
     * @param gzipFloorSeconds {@link GzipFloor}'s time for those bytes
     */
    record Result(double seconds, long bytes, long rows, long manifestRows, int manifestPartCount, List<Part> parts,
            BigDecimal billingTotal, long unzippedBytes, double gzipFloorSeconds) {
    }

    private final HttpClient http;
    private final Operations operations;
    private final String baseUrl;

    ExportDownload(HttpClient http, Operations operations, String baseUrl) {
        this.http = http;
        this.operations = operations;
        this.baseUrl = baseUrl;
    }

    /** @param resourceLocation the succeeded operation's (the manifest's path, relative to {@code /v1}) */
    Result fetch(Caller caller, String resourceLocation, boolean csv) throws Exception {
        long start = System.nanoTime();
        JsonNode manifest = operations.get(caller, underV1(resourceLocation));
        long transferNanos = System.nanoTime() - start;
        List<Part> parts = new ArrayList<>();
        long bytes = 0;
        long rows = 0;
        long unzipped = 0;
        long gzipNanos = 0;
        BigDecimal total = csv ? null : BigDecimal.ZERO;
        for (JsonNode entry : manifest.path("parts")) {
            long partStart = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl
                            + underV1(entry.path("downloadLink").asText())))
                    .header("Authorization", "Bearer " + TestTokens.sign(caller)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            transferNanos += System.nanoTime() - partStart;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !type.startsWith("application/gzip")
                    || response.headers().firstValue("Content-Encoding").isPresent()) {
                throw new IllegalStateException("part " + entry.path("name").asText() + " answered "
                        + response.statusCode() + " " + type + ": " + response.headers().map());
            }
            byte[] body = response.body();
            Counted counted = count(body, csv);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            parts.add(new Part(entry.path("name").asText(), counted.rows(), body.length,
                    sha256.equalsIgnoreCase(entry.path("sha256").asText()), entry.path("rowCount").asLong(),
                    entry.path("byteCount").asLong(-1)));
            bytes += body.length;
            rows += counted.rows();
            unzipped += counted.unzippedBytes();
            gzipNanos += counted.gzipNanos();
            if (total != null) {
                total = total.add(counted.total());
            }
        }
        return new Result(transferNanos / 1e9, bytes, rows, manifest.path("rowCount").asLong(),
                manifest.path("partCount").asInt(), parts, total, unzipped, gzipNanos / 1e9);
    }

    /** Links are relative to {@code /v1}, as the real API's are (one written with it is taken as it is). */
    private static String underV1(String link) {
        return link.startsWith("/v1/") ? link : "/v1" + link;
    }

    private record Counted(long rows, BigDecimal total, long unzippedBytes, long gzipNanos) {
    }

    /**
     * Rows of an unzipped part (a CSV part's header row is not one), the JSON rows' billing total, and the part's
     * bytes unzipped, compressed again on the way ({@link GzipFloor}).
     */
    private static Counted count(byte[] gzip, boolean csv) throws IOException {
        long lines = 0;
        BigDecimal total = BigDecimal.ZERO;
        GzipFloor floor = new GzipFloor(new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(floor, StandardCharsets.UTF_8),
                1 << 16)) {
            for (String line; (line = reader.readLine()) != null; ) {
                lines++;
                if (!csv) {
                    total = total.add(field(line));
                }
            }
        }
        return new Counted(csv ? Math.max(0, lines - 1) : lines, total, floor.bytes(), floor.nanos());
    }

    /** The line's {@code billingPreTaxTotal}, a plain number (or a string of one). */
    private static BigDecimal field(String line) {
        int at = line.indexOf(TOTAL_FIELD);
        if (at < 0) {
            throw new IllegalStateException("a row without billingPreTaxTotal: " + line);
        }
        int from = at + TOTAL_FIELD.length();
        int to = from;
        while (to < line.length() && ",}".indexOf(line.charAt(to)) < 0) {
            to++;
        }
        return new BigDecimal(line.substring(from, to).replace("\"", "").trim());
    }
}
