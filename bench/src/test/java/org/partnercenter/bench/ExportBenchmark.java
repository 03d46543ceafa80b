package org.partnercenter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;

/**
 * A reconciliation export at the size the issue names (an invoice of 1,000,000 line items) against PostgreSQL's
 * {@code COPY (SELECT ...) TO STDOUT} of the same rows in the same order, with the service's peak heap during the
 * export. The invoice is written straight into billing's database ({@link ExportBenchData}); the packaged
 * billing-service (its own JVM, {@code -Xmx512m}) exports it for the partner's billing admin through
 * {@code POST /v1/invoices/{id}/exports}, timed from the POST to the operation seen {@code succeeded} (polled every
 * 100 ms); then every part is downloaded (timed apart) and checked against the manifest. A smaller invoice of the
 * same partner is exported first, untimed, so that the measured export runs on a warm JVM as a service's would.
 */
class ExportBenchmark {

    static final String COMMAND = "R=\"-Dmaven.repo.local=$PWD/target/bench-repo -Dmaven.repo.local.tail=$HOME/.m2/"
            + "repository\"; ./mvnw -q install -pl commons,testing -am -DskipTests $R && ./mvnw -q package -pl "
            + "billing-service -DskipTests $R && ./mvnw -f bench/pom.xml verify -Dtest=ExportBenchmark $R";

    private static final String WARM_UP_INVOICE = "G900000001";
    private static final String INVOICE = "G900000002";

    private final int lines = Integer.getInteger("bench.lines", 1_000_000);
    private final int warmUpLines = Integer.getInteger("bench.warmUpLines", 20_000);
    private final int customers = Integer.getInteger("bench.customers", 1_000);
    private final int meters = Integer.getInteger("bench.meters", 40);
    private final String format = System.getProperty("bench.format", "jsonl");
    private final String attributeSet = System.getProperty("bench.attributeSet", "full");
    private final String rowsPerPart = System.getProperty("bench.rowsPerPart", "");
    private final int sampleMillis = Integer.getInteger("bench.sampleMillis", 100);
    private final HttpClient http = HttpClient.newHttpClient();
    private final Caller billingAdmin = new Caller(ExportBenchData.PARTNER, PartnerType.INDIRECT_PROVIDER,
            "bench-billing-admin", null, Set.of(Roles.BILLING_ADMIN), false);

    @Test
    void measureAnInvoiceExport() throws Exception {
        Path workDir = Path.of(System.getProperty("bench.workDir", "target"));
        Files.createDirectories(workDir);
        String loadAtStart = RatingReport.loadAverage();
        Map<String, String> config = CloseBenchmark.database("export_billing");
        // Nothing but the export runs: no close of the schedule's own.
        config.put("partner-center.billing.close.schedule", "off");
        if (!rowsPerPart.isBlank()) {
            config.put("partner-center.billing.exports.rows-per-part", rowsPerPart);
        }
        Path gcLog = workDir.resolve("billing-service-gc.log");
        Files.deleteIfExists(gcLog);
        YearMonth month = YearMonth.parse(CloseBenchData.BillingPeriodOf.before(Instant.now()).id());
        ExportBenchData data = new ExportBenchData(customers, meters);
        boolean csv = format.equals("csv");
        String body = "{\"attributeSet\":\"" + attributeSet + "\",\"format\":\"" + format + "\"}";
        try (ServiceProcess billing = ServiceProcess.start("billing-service",
                Path.of(System.getProperty("bench.billingJar")), workDir, config, ServiceHeap.gcLogOptions(gcLog));
                Connection db = CloseDb.connect(config);
                ServiceHeap heap = ServiceHeap.watch(billing)) {
            long seeding = System.nanoTime();
            data.seedPartner(db);
            ExportBenchData.SeededInvoice warmUp = data.seedInvoice(db, WARM_UP_INVOICE, month.minusMonths(1),
                    warmUpLines);
            ExportBenchData.SeededInvoice invoice = data.seedInvoice(db, INVOICE, month, lines);
            double[] setup = {(System.nanoTime() - seeding) / 1e9, CloseDb.run(db, "vacuum analyze")};
            System.out.printf("seeded invoice %s in %.1f s: %,d line items, sub-total %s USD%n", invoice.id(),
                    setup[0], invoice.lines(), invoice.subTotal().toPlainString());

            Operations operations = new Operations(http, billing.baseUrl);
            ExportDownload download = new ExportDownload(http, operations, billing.baseUrl);
            // Warms the path (HTTP, token, operation, the cursor, the writers, gzip, storing parts) on a small invoice.
            JsonNode warmed = export(operations, warmUp.id(), body);
            ExportDownload.Result warmDownload = download.fetch(billingAdmin, resource(warmed), csv);
            assertThat(warmDownload.rows()).isEqualTo(warmUp.lines());

            ExportCeiling.Result ceiling = ExportCeiling.measure(db, invoice.id(), attributeSet.equals("basic"),
                    csv);
            System.out.printf("COPY of the same rows: %.2f s, %,d bytes%n", ceiling.seconds(), ceiling.bytes());

            Instant from = Instant.now();
            long fromNanos = System.nanoTime();
            JsonNode done;
            List<String> sql;
            try (SqlSampler sampler = new SqlSampler(config, sampleMillis)) {
                done = export(operations, invoice.id(), body);
                sql = sampler.top(10);
            }
            long toNanos = System.nanoTime();
            double exportSeconds = (toNanos - fromNanos) / 1e9;
            Instant to = Instant.now();
            assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("succeeded");
            ServiceHeap.Window heapWindow = heap.window(gcLog, fromNanos, toNanos, from, to);
            ExportDownload.Result downloaded = download.fetch(billingAdmin, resource(done), csv);

            String text = new ExportBenchReport(invoice, format, attributeSet, ceiling, exportSeconds, downloaded,
                    heapWindow, sql, sampleMillis, setup, warmUp.lines(), loadAtStart, command()).text();
            System.out.println(text);
            Files.writeString(workDir.resolve("export-bench.txt"), text);

            assertThat(ceiling.rows()).isEqualTo(invoice.lines());
            assertThat(downloaded.manifestRows()).isEqualTo(invoice.lines());
            assertThat(downloaded.rows()).isEqualTo(invoice.lines());
            assertThat(downloaded.manifestPartCount()).isEqualTo(downloaded.parts().size());
            assertThat(downloaded.parts()).allMatch(ExportDownload.Part::matches);
            if (downloaded.billingTotal() != null) {
                assertThat(downloaded.billingTotal()).isEqualByComparingTo(invoice.subTotal());
            }
        }
    }

    /** Exports an invoice for the partner's billing admin: the operation once done. */
    private JsonNode export(Operations operations, String invoiceId, String body) throws Exception {
        UUID operation = operations.start(billingAdmin, "/v1/invoices/" + invoiceId + "/exports", body);
        return operations.awaitDone(billingAdmin, operation, Duration.ofMinutes(30));
    }

    /** The command, with the knobs this run was given (the pom's own properties, jars and work dir, left out). */
    private static String command() {
        StringBuilder command = new StringBuilder(COMMAND);
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(key -> key.startsWith("bench.") && !key.endsWith("Jar") && !key.equals("bench.workDir"))
                .forEach(key -> command.append(" -D").append(key).append('=').append(System.getProperty(key)));
        return command.toString();
    }

    private static String resource(JsonNode operation) {
        if (!"succeeded".equals(operation.path("status").asText())) {
            throw new IllegalStateException("the export did not succeed: " + operation);
        }
        return operation.path("resourceLocation").asText();
    }
}
