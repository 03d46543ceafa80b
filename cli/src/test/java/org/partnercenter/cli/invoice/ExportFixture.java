package org.partnercenter.cli.invoice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.partnercenter.cli.support.FakeOperations;
import org.partnercenter.cli.support.FakeServer;

/** An export as billing answers it: started, running once, then its manifest of one part and that part's bytes. */
final class ExportFixture {

    static final String PART = "part-00001.jsonl.gz";
    static final byte[] BYTES = "the part's gzip bytes".getBytes(StandardCharsets.UTF_8);

    private ExportFixture() {
    }

    /** The export {@code startedBy} starts; the manifest says {@code manifestSha256} of the part. */
    static void stage(FakeServer server, String startedBy, String manifestSha256) {
        new FakeOperations(server).started(startedBy, "op-e").reads("op-e", FakeOperations.running("op-e"),
                FakeOperations.succeeded("op-e", "/invoices/exports/e-1"));
        server.answer("GET /v1/invoices/exports/e-1", 200, manifest(manifestSha256));
        server.answer("GET /v1/invoices/exports/e-1/parts/" + PART, 200, BYTES,
                Map.of("Content-Type", "application/gzip"));
    }

    static String manifest(String sha256) {
        return "{\"id\":\"e-1\",\"schemaVersion\":\"1\",\"dataFormat\":\"compressedJSONLines\",\"attributeSet\":\"full\","
                + "\"invoiceId\":\"G000000001\",\"currencyCode\":\"USD\",\"rowCount\":2,\"partCount\":1,\"parts\":[{"
                + "\"name\":\"" + PART + "\",\"rowCount\":2,\"byteCount\":" + BYTES.length + ",\"sha256\":\"" + sha256
                + "\",\"downloadLink\":\"/invoices/exports/e-1/parts/" + PART + "\"}]}";
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
