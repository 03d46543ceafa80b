package org.partnercenter.cli.usage.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.support.CliRun;
import org.partnercenter.cli.support.FakeServer;
import org.partnercenter.cli.support.FakeServerTest;

/** usage upload: reading CSV and JSON lines, batches with their own request ids, and resuming after a failure. */
class UsageUploadTest extends FakeServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BATCHES = "POST /v1/usagerecords/batches";

    @Test
    void shouldSendBatchesOfTheGivenSizeEachWithItsOwnRequestIdWhenACsvFileIsUploaded() throws Exception {
        Path file = UsageFiles.csv(home, 25);
        server.answer(BATCHES, 200, "{\"accepted\":10,\"duplicates\":[],\"rejected\":[]}");

        CliRun.Result result = upload(file, "--batch-size", "10", "-o", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<FakeServer.Request> batches = server.requests();
        assertThat(batches).extracting(request -> records(request).size()).containsExactly(10, 10, 5);
        assertThat(batches).extracting(request -> request.header("MS-RequestId")).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[0-9a-f-]{36}"));
        assertThat(ids(batches)).containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(25)
                .map(i -> "r-" + i).toList());
        JsonNode summary = JSON.readTree(result.out());
        assertThat(summary.path("accepted").asLong()).isEqualTo(30);
        assertThat(summary.path("sent").asLong()).isEqualTo(25);
        assertThat(Files.list(cli.configFolder().resolve("uploads"))).isEmpty();
    }

    @Test
    void shouldMapTheColumnsByNameAndReadQuotedTagsWhenTheHeaderIsReordered() throws Exception {
        Path file = UsageFiles.write(home.resolve("reordered.csv"), List.of(
                "tags,quantity,ID,unit,meterId,subscriptionId,customerId,usageEndTime,usageStartTime",
                "\"{\"\"env\"\":\"\"prod, eu\"\",\"\"note\"\":\"\"a \\\"\"quoted\\\"\" word\"\"}\",0.25,r-1,"
                        + "1 Hour,m-1," + UsageFiles.SUBSCRIPTION + "," + UsageFiles.CUSTOMER + ",2026-11-01T01:00:00Z,"
                        + "2026-11-01T00:00:00Z"));
        server.answer(BATCHES, 200, "{\"accepted\":1,\"duplicates\":[],\"rejected\":[]}");

        assertThat(upload(file).exitCode()).isZero();

        JsonNode record = records(server.requests().get(0)).get(0);
        assertThat(record.path("id").asText()).isEqualTo("r-1");
        assertThat(record.path("quantity").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(record.path("usageStartTime").asText()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(record.path("tags").path("env").asText()).isEqualTo("prod, eu");
        assertThat(record.path("tags").path("note").asText()).isEqualTo("a \"quoted\" word");
        assertThat(record.has("region")).isFalse();
    }

    @Test
    void shouldReadOneRecordPerLineWhenTheFileIsJsonLinesWithoutItsExtension() throws Exception {
        Path file = UsageFiles.jsonLines(home, "usage.txt", 3);
        server.answer(BATCHES, 200, "{\"accepted\":3,\"duplicates\":[],\"rejected\":[]}");

        assertThat(upload(file).exitCode()).isZero();

        assertThat(ids(server.requests())).containsExactly("r-1", "r-2", "r-3");
        assertThat(records(server.requests().get(0)).get(0).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void shouldExitTwoNamingTheLineAndSendNothingOfItsBatchWhenALineIsBad() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(UsageFiles.csv(home, 8)));
        lines.set(7, "r-7,too,few,fields");
        Path file = UsageFiles.write(home.resolve("bad.csv"), lines);
        server.answer(BATCHES, 200, "{\"accepted\":5,\"duplicates\":[],\"rejected\":[]}");

        CliRun.Result result = upload(file, "--batch-size", "5");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("line 8").contains("has 4 fields, the header names 11");
        assertThat(ids(server.requests())).containsExactly("r-1", "r-2", "r-3", "r-4", "r-5");
    }

    @Test
    void shouldExitTwoNamingTheLineWhenAJsonLineIsNotJson() throws Exception {
        Path file = UsageFiles.jsonLines(home, "usage.jsonl", 2);
        Files.writeString(file, "{\"id\": \"r-3\", oops\n", java.nio.file.StandardOpenOption.APPEND);

        CliRun.Result result = upload(file);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("line 3: not JSON");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldResumeFromTheFailedBatchWhenTheSameCommandRunsAgain() throws Exception {
        Path file = UsageFiles.csv(home, 50);
        String ok = "{\"accepted\":10,\"duplicates\":[],\"rejected\":[]}";
        server.answer(BATCHES, 200, ok).answer(BATCHES, 200, ok)
                .answer(BATCHES, 500, "{\"code\":500,\"description\":\"The service is unavailable\"}")
                .answer(BATCHES, 200, ok);

        CliRun.Result failed = upload(file, "--batch-size", "10");
        CliRun.Result resumed = upload(file, "--batch-size", "10");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("The service is unavailable").contains("20 records before this batch");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("resuming after 20 records");
        List<FakeServer.Request> rerun = server.requests().subList(3, server.requests().size());
        assertThat(ids(rerun).get(0)).isEqualTo("r-21");
        assertThat(ids(rerun)).hasSize(30).last().isEqualTo("r-50");
    }

    @Test
    void shouldStartFromTheFirstRecordWhenRestartIsGiven() throws Exception {
        Path file = UsageFiles.csv(home, 20);
        String ok = "{\"accepted\":10,\"duplicates\":[],\"rejected\":[]}";
        server.answer(BATCHES, 200, ok).answer(BATCHES, 500, "{\"description\":\"down\"}").answer(BATCHES, 200, ok);
        upload(file, "--batch-size", "10");

        CliRun.Result restarted = upload(file, "--batch-size", "10", "--restart");

        assertThat(restarted.exitCode()).isZero();
        assertThat(restarted.err()).doesNotContain("resuming");
        assertThat(ids(server.requests().subList(2, 4))).first().isEqualTo("r-1");
    }

    @Test
    void shouldExitOneNamingTheRecordIdsAndKeepTheCheckpointWhenTheApiRefusesABatch() throws Exception {
        Path file = UsageFiles.csv(home, 6);
        server.answer(BATCHES, 200, "{\"accepted\":3,\"duplicates\":[],\"rejected\":[]}")
                .answer(BATCHES, 400, "{\"code\":400,\"description\":\"1 of 3 usage records are not valid, so none "
                        + "was stored.\",\"data\":[\"records[1] (id r-5): meterId and unit are required\"]}");

        CliRun.Result result = upload(file, "--batch-size", "3");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("r-5 (line 6)").contains("meterId and unit are required")
                .contains("3 records before this batch");
        assertThat(Files.readString(Files.list(cli.configFolder().resolve("uploads")).findFirst().orElseThrow()))
                .contains("\"records\" : 3");
    }

    @Test
    void shouldListTheSkippedRecordsAndCountThemWhenPartialBatchesAreAllowed() throws Exception {
        Path file = UsageFiles.csv(home, 3);
        server.answer(BATCHES + "?partial=true", 200, "{\"accepted\":2,\"duplicates\":[],\"rejected\":[{\"index\":1,"
                + "\"id\":\"r-2\",\"reason\":\"quantity must be a number of at least 0\"}]}");

        CliRun.Result result = upload(file, "--partial", "-o", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("r-2 (line 3)").contains("quantity must be a number of at least 0");
        assertThat(JSON.readTree(result.out()).path("rejected").asLong()).isEqualTo(1);
    }

    @Test
    void shouldDrawProgressOnlyWhenOnATerminal() throws Exception {
        Path file = UsageFiles.csv(home, 4);
        server.answer(BATCHES, 200, "{\"accepted\":2,\"duplicates\":[],\"rejected\":[]}");

        CliRun.Result piped = upload(file, "--batch-size", "2");
        CliRun.Result watched = cli.onTerminal().run("usage", "upload", file.toString(), "--batch-size", "2",
                "--restart", "--api", server.url(), "--access-token", "t");

        assertThat(piped.err()).doesNotContain("uploading");
        assertThat(watched.err()).contains("uploading [").contains("100% 4/4 records");
    }

    @Test
    void shouldRefuseABatchSizeAboveTheApisLimit() {
        Path file = UsageFiles.csv(home, 1);

        assertThat(upload(file, "--batch-size", "10001").exitCode()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    private CliRun.Result upload(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("usage", "upload", file.toString()));
        args.addAll(List.of(options));
        args.addAll(List.of("--api", server.url(), "--access-token", "t"));
        return cli.run(args.toArray(String[]::new));
    }

    private static List<JsonNode> records(FakeServer.Request request) {
        try {
            List<JsonNode> records = new ArrayList<>();
            JSON.readTree(request.body()).path("records").forEach(records::add);
            return records;
        } catch (Exception e) {
            throw new AssertionError(request.body(), e);
        }
    }

    private static List<String> ids(List<FakeServer.Request> requests) {
        return requests.stream().flatMap(request -> records(request).stream()).map(r -> r.path("id").asText()).toList();
    }
}
