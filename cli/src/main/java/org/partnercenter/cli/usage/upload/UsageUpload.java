package org.partnercenter.cli.usage.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.ApiClient;
import org.partnercenter.cli.http.ApiRefusal;
import org.partnercenter.cli.http.Query;
import org.partnercenter.cli.output.ProblemTable;
import org.partnercenter.cli.output.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The operator's metering feed from a file: records sent in batches, each with its own MS-RequestId, and a
 * checkpoint after each batch the API confirmed, so that the same command run again after a failure (or a kill)
 * resumes after the last confirmed batch. The batch that was in flight is sent again: the API counts a record id
 * it has seen as a duplicate, so nothing is stored twice.
 */
@Command(name = "upload", mixinStandardHelpOptions = true, description = "Upload usage records (operator) from CSV "
        + "(header id,customerId,subscriptionId,meterId,quantity,unit,usageStartTime,usageEndTime,region,resourceUri,"
        + "tags in any order; tags a JSON object) or JSON lines (one record per line), resuming an interrupted upload.",
        footer = {"", "After each batch the API confirmed, the records done are kept in the config folder's "
                + "uploads/usage-<hash of API and file>.json ($XDG_CONFIG_HOME/partnercenter, else "
                + "~/.config/partnercenter); the same command resumes from there while the file is unchanged (size, "
                + "time, first 64 KB), and removes it when the upload is done."})
public final class UsageUpload extends CliCommand {

    static final int MAX_BATCH = 10_000;
    private static final Pattern RECORD = Pattern.compile("records\\[(\\d+)]");

    @Parameters(paramLabel = "FILE", description = "A .csv file, or JSON lines (.jsonl, .ndjson, or starting with {).")
    Path file;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000",
            description = "Records per batch, at most " + MAX_BATCH + " (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--partial", description = "Store a batch's valid records and list the others, instead of "
            + "refusing the whole batch.")
    boolean partial;

    @Option(names = "--restart", description = "Start from the first record, ignoring the checkpoint of an "
            + "interrupted upload of this file.")
    boolean restart;

    @Override
    public Integer call() {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw CliFailure.usage("--batch-size is between 1 and " + MAX_BATCH + ", got " + batchSize);
        }
        if (!Files.isRegularFile(file)) {
            throw CliFailure.usage("no such file: " + file);
        }
        UploadCheckpoint checkpoint = UploadCheckpoint.of(env().configFolder(), endpoints().requireApi(), file);
        UploadTotals totals = new UploadTotals(resumePoint(checkpoint));
        try (UsageFileReader reader = UsageFileReader.open(file);
                Progress progress = progress("uploading", env().terminal() ? reader.estimateRecords() : 0,
                        "records")) {
            reader.skip(totals.confirmed());
            progress.advanceTo(totals.confirmed());
            for (List<UsageLine> batch; !(batch = reader.nextBatch(batchSize)).isEmpty(); ) {
                List<String> rejected = totals.add(batch.size(), send(batch, totals.confirmed()));
                checkpoint.save(totals.confirmed(), reader.linesRead());
                progress.advanceTo(totals.confirmed());
                if (!rejected.isEmpty()) {
                    problems(rejected, batch);
                }
            }
        }
        checkpoint.delete();
        printer().one(totals.summary());
        return ExitCodes.DONE;
    }

    /** Where the last run stopped, when it was of this very file; 0 for a new upload. */
    private long resumePoint(UploadCheckpoint checkpoint) {
        UploadCheckpoint.Saved saved = checkpoint.read();
        if (restart || saved == null) {
            return 0;
        }
        if (!saved.identity().equals(checkpoint.identity())) {
            env().err().println("the file changed since the interrupted upload (" + checkpoint.location()
                    + "): starting from the first record (records sent before count as duplicates)");
            return 0;
        }
        env().err().println("resuming after " + saved.records() + " records (line " + saved.lines() + "; "
                + "--restart starts again from the first)");
        env().err().flush();
        return saved.records();
    }

    private JsonNode send(List<UsageLine> batch, long confirmed) {
        ObjectNode body = ApiClient.JSON.createObjectNode();
        ArrayNode records = body.putArray("records");
        batch.forEach(line -> records.add(line.record()));
        String path = Query.path("/usagerecords/batches").param("partial", partial ? "true" : null).toString();
        try {
            return api().sendText("POST", path, "application/json", ApiClient.text(body),
                    Map.of(ApiClient.REQUEST_ID, UUID.randomUUID().toString())).body();
        } catch (CliFailure failure) {
            if (failure instanceof ApiRefusal refusal) {
                problems(refusal.data(), batch);
            }
            throw new CliFailure(failure.exitCode(), failure.getMessage() + " (" + confirmed + " records before "
                    + "this batch are stored and kept in the checkpoint: run the same command again to resume "
                    + "after them)");
        }
    }

    /** The API's record problems on stderr, each with the record's id and line in the file. */
    private void problems(List<String> data, List<UsageLine> batch) {
        ProblemTable.print(env().err(), env().terminalWidth(), "RECORD", where -> {
            Matcher index = RECORD.matcher(where);
            if (!index.find() || Integer.parseInt(index.group(1)) >= batch.size()) {
                return where;
            }
            UsageLine line = batch.get(Integer.parseInt(index.group(1)));
            return line.id() + " (line " + line.line() + ")";
        }, data);
    }
}
