package org.partnercenter.cli.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.Sha256;
import org.partnercenter.cli.http.ApiClient;
import org.partnercenter.cli.output.Progress;

/**
 * Downloads an export's parts into a folder, each checked against the manifest's SHA-256 of its exact bytes: a part
 * that does not match is deleted (a reconciliation must never read a damaged file) and the command fails naming it.
 */
final class ExportParts {

    private final ApiClient api;
    private final Path folder;
    private final boolean overwrite;

    ExportParts(ApiClient api, Path folder, boolean overwrite) {
        this.api = api;
        this.folder = folder;
        this.overwrite = overwrite;
    }

    /** The manifest's parts, each with {@code check: verified} once its file matched. */
    List<JsonNode> download(JsonNode manifest, Progress progress) {
        List<Path> files = new ArrayList<>();
        for (JsonNode part : manifest.path("parts")) {
            files.add(fileOf(part));
        }
        createFolder();
        List<JsonNode> verified = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            JsonNode part = manifest.path("parts").get(i);
            api.download(part.path("downloadLink").asText(), "application/gzip", files.get(i));
            verify(part, files.get(i));
            progress.advance(part.path("byteCount").asLong());
            verified.add(((ObjectNode) part.deepCopy()).put("check", "verified"));
        }
        return verified;
    }

    /** The part's file, refused before any download when it would overwrite one without --force. */
    private Path fileOf(JsonNode part) {
        String name = part.path("name").asText();
        Path file = folder.resolve(name).normalize();
        if (name.isEmpty() || !file.getParent().equals(folder.normalize())) {
            throw new CliFailure(ExitCodes.REFUSED, "the manifest names a part '" + name + "' that is not a file name");
        }
        if (Files.exists(file) && !overwrite) {
            throw CliFailure.usage(file + " exists: --force overwrites it, or choose another --folder");
        }
        return file;
    }

    private void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw CliFailure.usage("cannot create the folder " + folder + ": " + e.getMessage());
        }
    }

    private static void verify(JsonNode part, Path file) {
        String expected = part.path("sha256").asText();
        String actual = Sha256.of(file);
        if (!actual.equalsIgnoreCase(expected)) {
            delete(file);
            throw new CliFailure(ExitCodes.REFUSED, "part " + part.path("name").asText() + " is damaged: its SHA-256 "
                    + "is " + actual + ", the manifest says " + expected + "; the file was deleted, run the export "
                    + "again");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.REFUSED, "a damaged part could not be deleted: " + file);
        }
    }
}
