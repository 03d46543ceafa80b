package org.partnercenter.cli.usage.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.Sha256;
import org.partnercenter.cli.http.ApiClient;

/**
 * How far an upload of a file to an API got: the records (and lines) the API confirmed, kept in the config folder
 * ({@code uploads/usage-<hash of API and file path>.json}, so a read-only data folder is no obstacle), written aside
 * and moved into place after each confirmed batch. It names the file by size, modification time and a hash of its
 * first 64 KB: a checkpoint of a file that changed since is not resumed from.
 */
public final class UploadCheckpoint {

    private static final int HEAD_BYTES = 64 * 1024;

    /** What a file is known by; a file edited since the checkpoint differs in at least one of them. */
    public record FileIdentity(long size, long modified, String head) {
    }

    /** A checkpoint as saved: the records and lines confirmed, of which file. */
    public record Saved(long records, long lines, FileIdentity identity) {
    }

    private final Path state;
    private final Path file;
    private final FileIdentity identity;

    private UploadCheckpoint(Path state, Path file, FileIdentity identity) {
        this.state = state;
        this.file = file;
        this.identity = identity;
    }

    public static UploadCheckpoint of(Path configFolder, String api, Path file) {
        try {
            Path absolute = file.toAbsolutePath().normalize();
            String key = Sha256.of((api + "\n" + absolute).getBytes(StandardCharsets.UTF_8)).substring(0, 24);
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
            FileIdentity identity = new FileIdentity(Files.size(file), Files.getLastModifiedTime(file).toMillis(),
                    Sha256.of(head));
            return new UploadCheckpoint(configFolder.resolve("uploads").resolve("usage-" + key + ".json"), absolute,
                    identity);
        } catch (IOException e) {
            throw CliFailure.cannotRead(file, e);
        }
    }

    public Path location() {
        return state;
    }

    public FileIdentity identity() {
        return identity;
    }

    /** The saved checkpoint; null when there is none (or it cannot be read, which is as good as none). */
    public Saved read() {
        try {
            if (!Files.isRegularFile(state)) {
                return null;
            }
            JsonNode json = ApiClient.JSON.readTree(state.toFile());
            return new Saved(json.path("records").asLong(), json.path("lines").asLong(), new FileIdentity(
                    json.path("size").asLong(), json.path("modified").asLong(), json.path("head").asText()));
        } catch (IOException e) {
            return null;
        }
    }

    public void save(long records, long lines) {
        ObjectNode json = ApiClient.JSON.createObjectNode().put("file", file.toString())
                .put("size", identity.size()).put("modified", identity.modified()).put("head", identity.head())
                .put("records", records).put("lines", lines);
        try {
            Files.createDirectories(state.getParent());
            Path aside = state.resolveSibling(state.getFileName() + ".tmp");
            Files.writeString(aside, json.toPrettyString());
            try {
                Files.move(aside, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, state, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.REFUSED, "cannot write the upload's checkpoint " + state + ": "
                    + e.getMessage());
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(state);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.REFUSED, "cannot remove the upload's checkpoint " + state + ": "
                    + e.getMessage());
        }
    }
}
