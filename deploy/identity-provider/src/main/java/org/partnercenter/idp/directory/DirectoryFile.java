package org.partnercenter.idp.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The directory's JSON file. Writes go to a temporary file that is then moved over the old one, so
 * a crash mid-write leaves the previous directory intact rather than half a file.
 */
public class DirectoryFile {

    // Its own mapper: the file format must not change when the REST layer's JSON settings do.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path path;

    public DirectoryFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    /** The stored directory, or an empty one when nothing was stored yet. */
    public Directory read() {
        if (!Files.exists(path)) {
            return Directory.empty();
        }
        try {
            return JSON.readValue(path.toFile(), Directory.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the directory file " + path
                    + "; fix or delete it (deleting starts an empty directory with new keys)", unreadable);
        }
    }

    public void write(Directory directory) {
        try {
            Files.createDirectories(path.getParent());
            Path temporary = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".tmp");
            ownerOnly(temporary);
            JSON.writeValue(temporary.toFile(), directory);
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot write the directory file " + path, failed);
        }
    }

    // The file holds private signing keys and password hashes: readable by its owner only.
    private static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
