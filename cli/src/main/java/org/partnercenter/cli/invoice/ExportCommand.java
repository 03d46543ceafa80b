package org.partnercenter.cli.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.WaitOptions;
import org.partnercenter.cli.http.ApiResponse;
import org.partnercenter.cli.output.Column;
import org.partnercenter.cli.output.OutputFormat;
import org.partnercenter.cli.output.Progress;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What both reconciliation exports do once asked for: follow the operation to its manifest, download every part into
 * the folder and check each against the manifest's SHA-256. The result is the parts as verified, or with -o json the
 * manifest itself.
 */
abstract class ExportCommand extends CliCommand {

    /** The API's attribute sets: every field of a line item, or the reconciliation fields. */
    enum AttributeSet { full, basic }

    /** The API's formats of a part: gzip of JSON lines or of CSV. */
    enum Format { jsonl, csv }

    static final List<Column> PARTS = List.of(Column.of("PART", "name"), Column.of("ROWS", "rowCount"),
            Column.of("BYTES", "byteCount"), Column.of("SHA256", "sha256"), Column.of("CHECK", "check"));

    @Option(names = "--folder", paramLabel = "DIR", description = "Where the parts are written (default: the "
            + "working folder); created if missing.")
    Path folder;

    @Option(names = "--force", description = "Overwrite part files of an earlier export in the folder.")
    boolean force;

    @Option(names = "--attribute-set", paramLabel = "SET", description = "full or basic (default: the API's, full).")
    AttributeSet attributeSet;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl or csv (default: the API's, jsonl).")
    Format format;

    @Mixin
    WaitOptions wait;

    /** Starts the export at {@code path} with the layout options added to {@code body}, then takes its parts. */
    protected Integer export(String path, ObjectNode body) {
        if (attributeSet != null) {
            body.put("attributeSet", attributeSet.name());
        }
        if (format != null) {
            body.put("format", format.name());
        }
        Path target = env().workingDirectory().resolve(folder == null ? Path.of("") : folder);
        ApiResponse accepted = api().send("POST", path, body, Map.of());
        JsonNode operation = follow(accepted, wait, "exporting");
        String manifestAt = operation.path("resourceLocation").asText("");
        if (manifestAt.isEmpty()) {
            throw new CliFailure(ExitCodes.REFUSED, "the export " + operation.path("id").asText()
                    + " succeeded but names no manifest");
        }
        JsonNode manifest = api().get(manifestAt);
        List<JsonNode> parts;
        try (Progress downloading = progress("downloading", manifest.path("parts").findValues("byteCount").stream()
                .mapToLong(JsonNode::asLong).sum(), "bytes")) {
            parts = new ExportParts(api(), target, force).download(manifest, downloading);
        }
        if (global.output == OutputFormat.json) {
            printer().one(manifest);
        } else {
            printer().list(parts, PARTS);
        }
        env().err().println(manifest.path("rowCount").asLong() + " row(s) in " + parts.size() + " part(s), each "
                + "verified, in " + target.normalize());
        env().err().flush();
        return ExitCodes.DONE;
    }
}
