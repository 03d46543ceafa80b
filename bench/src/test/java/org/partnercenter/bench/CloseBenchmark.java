package org.partnercenter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * The close of a billing period, at the size the issue names (a month of 1,000,000 usage records over 1,000
 * customers, goal under 30 s): the month is written straight into billing's database as rating leaves it
 * ({@link CloseBenchData}), the packaged billing-service (its own JVM) closes it for every partner through the
 * operator's API, and the time is printed beside a plain {@code INSERT ... SELECT} of the invoices' aggregation on the
 * same database, the ceiling ({@link CloseCeiling}). Then it checks what the close issued against the month.
 */
class CloseBenchmark {

    static final String COMMAND = "R=\"-Dmaven.repo.local=$PWD/target/bench-repo -Dmaven.repo.local.tail=$HOME/.m2/"
            + "repository\"; ./mvnw -q install -pl commons,testing -am -DskipTests $R && ./mvnw -q package -pl "
            + "billing-service -DskipTests $R && ./mvnw -f bench/pom.xml verify -Dtest=CloseBenchmark $R";

    private final int partners = Integer.getInteger("bench.partners", 10);
    private final int customers = Integer.getInteger("bench.customers", 1_000);
    private final int records = Integer.getInteger("bench.records", 1_000_000);
    private final int meters = Integer.getInteger("bench.meters", 40);
    private final int recordFillfactor = Integer.getInteger("bench.recordFillfactor", 100);
    private final int sampleMillis = Integer.getInteger("bench.sampleMillis", 50);
    private final double goalSeconds = Double.parseDouble(System.getProperty("bench.goalSeconds", "30"));
    private final boolean explain = Boolean.parseBoolean(System.getProperty("bench.explain", "true"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final Caller operator = new Caller(UUID.randomUUID(), PartnerType.OPERATOR, "bench", null,
            Set.of(Roles.OPERATOR_ADMIN), false);

    @Test
    void measureTheCloseOfAMonth() throws Exception {
        Path workDir = Path.of(System.getProperty("bench.workDir", "target"));
        Files.createDirectories(workDir);
        String loadAtStart = RatingReport.loadAverage();
        Map<String, String> config = database("close_billing");
        // Closes on request only: the schedule must not start one of its own.
        config.put("partner-center.billing.close.schedule", "off");
        CloseBenchData data = new CloseBenchData(partners, customers, records, meters, recordFillfactor,
                CloseBenchData.BillingPeriodOf.before(Instant.now()));
        String period = data.period().id();
        try (ServiceProcess billing = ServiceProcess.start("billing-service",
                Path.of(System.getProperty("bench.billingJar")), workDir, config);
                Connection db = CloseDb.connect(config)) {
            // A close of the month before while billing knows no partner: warms the path (HTTP, token, operation,
            // the catch-up's Kafka admin client) and closes nothing.
            Operations operations = new Operations(http, billing.baseUrl);
            operations.awaitDone(operator, startClose(operations, data.period().previousId()), Duration.ofMinutes(2));
            double[] setup = new double[3];
            long seeding = System.nanoTime();
            data.seed(db);
            setup[0] = (System.nanoTime() - seeding) / 1e9;
            setup[1] = CloseDb.run(db, "vacuum analyze");
            CloseDb.Month month = CloseDb.month(db);
            System.out.printf("seeded %s in %.1f s: %,d records, %,d lines%n", period, setup[0], month.records(),
                    month.lines());
            List<CloseExplain.Explained> explained = new ArrayList<>();
            if (explain) {
                explained.addAll(CloseExplain.partner(db, month.firstPartner(), month.firstCurrency(), period));
            }
            CloseCeiling.Result ceiling = CloseCeiling.measure(db, period);
            // The rolled-back updates left a dead version of every row: the close gets the month as seeded.
            setup[2] = CloseDb.run(db, "vacuum full usage_record, usage_line_item")
                    + CloseDb.run(db, "analyze usage_record, usage_line_item");

            double closeSeconds;
            UUID operationId;
            List<String> sql;
            try (SqlSampler sampler = new SqlSampler(config, sampleMillis)) {
                long start = System.nanoTime();
                operationId = startClose(operations, period);
                JsonNode done = operations.awaitDone(operator, operationId, Duration.ofMinutes(30));
                closeSeconds = (System.nanoTime() - start) / 1e9;
                sql = sampler.top(12);
                assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("succeeded");
            }
            Instant[] operation = CloseDb.operation(db, operationId);
            CloseDb.Closed closed = CloseDb.closed(db, period);
            String text = new CloseBenchReport(data, month, ceiling, closeSeconds,
                    Duration.between(operation[0], operation[1]).toNanos() / 1e9, CloseDb.partnerTimes(db, period),
                    operation[0], sql, sampleMillis, explained, closed, setup, goalSeconds, loadAtStart, COMMAND)
                    .text();
            System.out.println(text);
            Files.writeString(workDir.resolve("close-bench.txt"), text);

            assertThat(closed.invoices()).isEqualTo(month.partnerCurrencies());
            assertThat(closed.invoicedPartnerCurrencies()).isEqualTo(month.partnerCurrencies());
            assertThat(closed.subTotals()).isEqualByComparingTo(month.lineTotal());
            assertThat(closed.invoicesOff()).isZero();
            assertThat(closed.recordsUnbilled()).isZero();
            assertThat(closed.linesUnbilled()).isZero();
            assertThat(closed.usageRecordCount()).isEqualTo(month.records());
            assertThat(closed.lineItemCount()).isEqualTo(month.lines());
            assertThat(closed.partnersClosed()).isEqualTo(month.partners());
        }
    }

    /** @return the operation the close answered 202 with */
    private UUID startClose(Operations operations, String period) throws Exception {
        return operations.start(operator, "/v1/billingperiods/" + period + "/close", "{}");
    }

    /** A database of its own on the benchmarks' embedded PostgreSQL, and the Kafka broker in this JVM. */
    static Map<String, String> database(String name) {
        PostgresAndKafka infrastructure = new PostgresAndKafka();
        infrastructure.init(Map.of("database", name));
        return new HashMap<>(infrastructure.start());
    }
}
