package org.partnercenter.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.LastMonth;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.UnbilledLineItems;

/**
 * The operator's usage upload through the {@code ./partnercenter} launcher, as a process: 20,000 records of a
 * customer's Azure plan, the upload killed after its first confirmed batch and run again to the end; the API then
 * holds each record exactly once. Also the launcher's exit codes and version.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliUsageUploadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RECORDS = 20_000;
    private static final int BATCH = 1_000;

    private final StackUnderTest stack;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private TestPartner partner;
    private String customerId;
    private String subscriptionId;
    private UUID meter;
    private LauncherCli cli;

    CliUsageUploadIT(StackUnderTest stack) {
        this.stack = stack;
    }

    /** A customer's Azure plan, and a meter of the test's own in the price list in force at last month's end. */
    @BeforeAll
    void azurePlanAndItsMeter() throws IOException {
        partner = stack.partners().direct();
        customerId = stack.customers().create(partner.admin(), CustomerBody.customer("CLI Upload Customer"));
        subscriptionId = stack.customers().orderAzurePlan(partner.admin(), customerId);
        meter = UUID.randomUUID();
        LastMonth.publish(stack.gateway(), stack.operator(), LastMonth.prices()
                .meter(meter, "CLI Upload Hours", "Virtual Machines", "1 Hour", "0=0.01"));
        cli = new LauncherCli(Files.createTempDirectory(Path.of("target"), "cli-launcher"));
    }

    @Test
    void shouldStoreEveryRecordOnceWhenAnUploadKilledMidwayIsRunAgain() throws Exception {
        Path file = usageFile();
        // The launcher runs in the repository root: the file is named as a user names it from anywhere.
        String[] upload = {"usage", "upload", file.toAbsolutePath().toString(), "--access-token",
                stack.operator().token(), "--batch-size", String.valueOf(BATCH), "-o", "json"};

        LauncherCli.Running first = cli.start(upload);
        long confirmed = awaitConfirmedBatch(first);
        first.kill();
        long killedAfter = confirmedRecords().orElseThrow();
        LauncherCli.Result resumed = cli.start(upload).await(Duration.ofSeconds(60));

        assertThat(confirmed).as("killed while running").isBetween((long) BATCH, (long) RECORDS - BATCH);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("resuming after " + killedAfter + " records");
        JsonNode totals = JSON.readTree(resumed.out());
        assertThat(totals.path("sent").asLong()).isEqualTo(RECORDS - killedAfter);
        assertThat(totals.path("rejected").asLong()).isZero();
        // Only the batch in flight at the kill can have been stored already: its records come back as duplicates.
        assertThat(totals.path("duplicates").asLong()).isBetween(0L, (long) BATCH);
        assertThat(totals.path("accepted").asLong() + totals.path("duplicates").asLong())
                .isEqualTo(RECORDS - killedAfter);
        assertThat(storedResources()).isEqualTo(expectedResources());
        assertThat(confirmedRecords()).as("the checkpoint of a finished upload is removed").isEmpty();
        long started = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(3))
                .until(() -> ratedLines() == RECORDS);
        System.out.printf("cli upload: billing rated the %,d records %d s after the upload ended%n", RECORDS,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    @Test
    void shouldExitTwoForBadArgumentsAndFourForAnUnknownCustomerAndTellItsVersion() throws Exception {
        LauncherCli.Result missingFile = cli.run("usage", "upload");
        LauncherCli.Result unknown = cli.run("customer", "get", UUID.randomUUID().toString(), "--access-token",
                partner.admin().token());
        LauncherCli.Result version = cli.run("--version");

        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.err()).contains("FILE");
        assertThat(unknown.exitCode()).as(unknown.err()).isEqualTo(4);
        assertThat(unknown.out()).isEmpty();
        assertThat(version.exitCode()).isZero();
        assertThat(version.out().trim()).matches("partnercenter \\d+\\.\\d+\\.\\d+.*");
    }

    /** 20,000 one-hour records in the two hours the test's price list prices, each its own VM, as CSV. */
    private Path usageFile() throws IOException {
        Instant start = LastMonth.evening();
        List<String> lines = new ArrayList<>(List.of("id,customerId,subscriptionId,meterId,quantity,unit,"
                + "usageStartTime,usageEndTime,region,resourceUri,tags"));
        for (int i = 0; i < RECORDS; i++) {
            Instant from = start.plusMillis(300L * i);
            lines.add("cli-" + run + "-" + i + "," + customerId + "," + subscriptionId + "," + meter + ",1,1 Hour,"
                    + from + "," + from.plusSeconds(60) + ",westeurope," + resource(i)
                    + ",\"{\"\"upload\"\":\"\"" + run + "\"\"}\"");
        }
        return Files.write(Files.createTempFile(Path.of("target"), "usage-", ".csv"), lines);
    }

    private String resource(int i) {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/rg-cli/providers/Microsoft.Compute/"
                + "virtualMachines/vm-" + i;
    }

    private Set<String> expectedResources() {
        return new HashSet<>(Stream.iterate(0, i -> i + 1).limit(RECORDS).map(this::resource).toList());
    }

    /** Waits until the checkpoint shows a batch confirmed, while the upload still runs. */
    private long awaitConfirmedBatch(LauncherCli.Running upload) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && upload.isAlive()) {
            var confirmed = confirmedRecords();
            if (confirmed.isPresent() && confirmed.get() >= BATCH) {
                return confirmed.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no batch was confirmed while the upload ran");
    }

    private Optional<Long> confirmedRecords() {
        Path uploads = cli.configFolder().resolve("uploads");
        try (Stream<Path> files = Files.isDirectory(uploads) ? Files.list(uploads) : Stream.empty()) {
            for (Path state : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                return Optional.of(JSON.readTree(state.toFile()).path("records").asLong());
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // moved into place as it was read: the next poll reads it
        }
    }

    /**
     * The stored records, one per VM, as the partner reads them: the utilization with details, which totals per
     * resource, page by page; each record's quantity is 1, so a record stored twice would show 2.
     */
    private Set<String> storedResources() {
        Instant day = LastMonth.evening().truncatedTo(ChronoUnit.DAYS);
        Set<String> resources = new HashSet<>();
        eachPage("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId + "/utilizations/azure"
                + "?granularity=daily&show_details=true&size=1000&start_time=" + day + "&end_time="
                + day.plus(Duration.ofDays(1)), page -> {
                    List<Map<String, Object>> items = page.getList("items");
                    for (Map<String, Object> item : items) {
                        assertThat(new BigDecimal(item.get("quantity").toString())).isEqualByComparingTo("1");
                        assertThat(resources.add(resourceOf(item))).as("one item per resource").isTrue();
                    }
                });
        return resources;
    }

    /**
     * Billing's lines of last month for the test's partner, one per resource and day, so one per record once every
     * record is rated. Waiting for them also keeps the 20,000 records from delaying the rating of the classes after
     * this one.
     */
    private int ratedLines() {
        AtomicInteger lines = new AtomicInteger();
        eachPage(UnbilledLineItems.pathFor(LastMonth.evening()) + "&size=2000",
                page -> lines.addAndGet(page.getList("items").size()));
        return lines.get();
    }

    /** Reads a collection of the partner's page by page, as its links say. */
    private void eachPage(String first, Consumer<JsonPath> reader) {
        String uri = first;
        String token = null;
        while (uri != null) {
            RequestSpecification request = stack.gateway().as(partner.admin()).urlEncodingEnabled(false);
            if (token != null) {
                request.header("MS-ContinuationToken", token);
            }
            JsonPath page = request.get(uri).then().statusCode(200).extract().jsonPath();
            reader.accept(page);
            String next = page.getString("links.next.uri");
            uri = next == null ? null : "/v1" + next;
            token = page.getString("links.next.headers.find { it.key == 'MS-ContinuationToken' }.value");
        }
    }

    @SuppressWarnings("unchecked")
    private static String resourceOf(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("instanceData")).get("resourceUri");
    }
}
