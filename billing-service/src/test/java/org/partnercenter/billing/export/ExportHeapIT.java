package org.partnercenter.billing.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingCallers;
import org.partnercenter.billing.support.BillingDatabase;
import org.partnercenter.billing.support.BillingServiceProcess;
import org.partnercenter.billing.support.OperatorRequests;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * An export far larger than the service's heap: billing-service runs as a JVM of its own with {@code -Xmx96m} (and
 * exits on an OutOfMemoryError), and exports an invoice whose rows are several hundred MB of JSON. It can only
 * succeed by streaming: rows from a cursor, gzip bytes to the database in chunks, downloads chunk by chunk.
 */
class ExportHeapIT {

    private static final Path WORK = Path.of("target", "export-heap");
    private static final Path JAR = Path.of(System.getProperty("billing.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final int LINES = 250_000;
    private static final int ROWS_PER_PART = 100_000;
    private static final String INVOICE = "G900000001";

    private final OperatorRequests operator = new OperatorRequests(BillingCallers.operator());

    @Test
    void shouldWriteAndServeVerifiablePartsWhenTheExportIsFarLargerThanTheHeap() throws Exception {
        // given billing-service with a 96 MB heap, and an invoice of 250,000 lines
        PostgresAndKafka resource = new PostgresAndKafka();
        resource.init(Map.of("database", "billing_export_heap"));
        Map<String, String> config = new LinkedHashMap<>(resource.start());
        config.put("partner-center.billing.close.schedule", "off");
        config.put("partner-center.billing.exports.rows-per-part", String.valueOf(ROWS_PER_PART));
        config.remove("mp.jwt.verify.publickey.location");
        BillingDatabase db = new BillingDatabase(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
        Files.createDirectories(WORK);
        Path log = WORK.resolve("billing-service.log");
        Files.deleteIfExists(log);
        try (BillingServiceProcess billing = BillingServiceProcess.start(JAR, WORK, log, config, "96m")) {
            seed(db);

            // when the operator exports the invoice and the export is written
            String operationId = operator.start(billing.baseUrl, "/v1/invoices/" + INVOICE + "/exports", "{}");
            Map<String, Object> done = await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> operator.operation(billing.baseUrl, operationId),
                            operation -> !"running".equals(operation.get("status")));

            // then it succeeded in a process still alive, and each part downloads as its manifest says
            assertThat(done).containsEntry("status", "succeeded");
            Map<String, Object> manifest = operator.read(billing.baseUrl, "/v1" + done.get("resourceLocation"));
            assertThat(manifest).containsEntry("rowCount", LINES).containsEntry("partCount", 3);
            List<String> meters = db.rows("select meter_id from usage_line_item where invoice_number = ? order by id",
                    INVOICE).stream().map(row -> (String) row.get(0)).toList();
            long jsonBytes = 0;
            int row = 0;
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parts = (List<Map<String, Object>>) manifest.get("parts");
            for (Map<String, Object> part : parts) {
                HttpResponse<InputStream> download = operator.download(billing.baseUrl, "/v1" + part.get("downloadLink"));
                assertThat(download.headers().firstValue("Content-Type")).hasValue("application/gzip");
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                CountingInput counted = new CountingInput(new DigestInputStream(download.body(), sha256));
                int rows = 0;
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(counted),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        JsonNode item = ExportCalls.json(line);
                        assertThat(item.get("meterId").asText()).isEqualTo(meters.get(row + rows));
                        assertThat(item.get("invoiceNumber").asText()).isEqualTo(INVOICE);
                        jsonBytes += line.length() + 1;
                        rows++;
                    }
                }
                assertThat(HexFormat.of().formatHex(sha256.digest())).isEqualTo(part.get("sha256"));
                assertThat(counted.count()).isEqualTo(((Number) part.get("byteCount")).longValue());
                assertThat(rows).isEqualTo(part.get("rowCount"));
                row += rows;
            }
            assertThat(row).isEqualTo(LINES);
            assertThat(jsonBytes).as("the export's JSON, many times the heap").isGreaterThan(300L << 20);
            assertThat(billing.isAlive()).as("billing-service, after the export and the downloads").isTrue();
        }
    }

    /** A partner, its customer and subscription, and an invoice of LINES lines with long resource URIs and tags. */
    private static void seed(BillingDatabase db) throws Exception {
        UUID partner = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID subscription = UUID.randomUUID();
        try (var connection = db.connect(); var statement = connection.createStatement()) {
            statement.execute("insert into partner (tenant_id, name, partner_type, mpn_id, country, currency, state, "
                    + "updated_at) values ('" + partner + "', 'Heap Partner', 'DIRECT', '5357564', 'US', 'USD', "
                    + "'ACTIVE', now())");
            statement.execute("insert into customer (id, partner_tenant_id, company_name, domain, country, "
                    + "updated_at) values ('" + customer + "', '" + partner + "', 'Fabrikam', "
                    + "'fabrikam.onmicrosoft.com', 'US', now())");
            statement.execute("insert into subscription (id, customer_id, partner_tenant_id, offer_id, offer_name, "
                    + "description, quantity, status, updated_at) values ('" + subscription + "', '" + customer
                    + "', '" + partner + "', 'DZH318Z0BCZC', 'Azure plan', 'Production', 1, 'active', now())");
            statement.execute("insert into invoice (id, partner_tenant_id, period, currency_code, invoice_date, "
                    + "billing_period_start, billing_period_end, due_date, sub_total, tax_rate, tax_total, "
                    + "total_charges, line_item_count, usage_record_count) values ('" + INVOICE + "', '" + partner
                    + "', '2031-02', 'USD', '2031-03-01', '2031-02-01', '2031-02-28', '2031-03-31', 0, 0, 0, 0, "
                    + LINES + ", " + LINES + ")");
            statement.execute("insert into usage_line_item (partner_tenant_id, customer_id, subscription_id, meter_id, "
                    + "resource_uri, usage_date, period, meter_name, meter_category, meter_subcategory, meter_region, "
                    + "unit_of_measure, resource_location, tags, quantity, unit_price, effective_unit_price, "
                    + "pricing_pre_tax_total, pricing_currency, billing_pre_tax_total, billing_currency, "
                    + "exchange_rate, price_version_id, invoice_number, rated_at) select '" + partner + "', '"
                    + customer + "', '" + subscription + "', 'meter-' || lpad(g::text, 7, '0'), "
                    + "'/subscriptions/" + subscription + "/resourceGroups/reconciliation-heap-test-resources/"
                    + "providers/Microsoft.Compute/virtualMachines/vm-' || g || '-' || repeat('x', 120), "
                    + "date '2031-02-01' + (g % 28), '2031-02', 'D2 v3', 'Virtual Machines', 'Dv3 Series', "
                    + "'EU West', '1 Hour', 'westeurope', jsonb_build_object('env', 'prod', 'team', 'team-' || "
                    + "(g % 97), 'costCenter', 'cc-' || g), 24, 0.1, 0.1, 2.40, 'USD', 2.40, 'USD', 1, '"
                    + UUID.randomUUID() + "', '" + INVOICE + "', now() from generate_series(1, " + LINES + ") g");
        }
    }

    /** Counts the bytes read through it: the download's size as it arrived. */
    private static final class CountingInput extends FilterInputStream {

        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        long count() {
            return count;
        }
    }
}
