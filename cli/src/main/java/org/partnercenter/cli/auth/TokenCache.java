package org.partnercenter.cli.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;

/**
 * {@code token.json} in the user's config folder. Tokens are credentials: the folder is 0700 and the file 0600,
 * and the file is written aside with those permissions before it is moved into place, so it is never readable by
 * others, not even for an instant.
 */
public final class TokenCache {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;

    public TokenCache(Path folder) {
        this.folder = folder;
    }

    public Path file() {
        return folder.resolve("token.json");
    }

    public Optional<CachedToken> read() {
        if (!Files.isRegularFile(file())) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file().toFile(), CachedToken.class));
        } catch (IOException e) {
            return Optional.empty(); // unreadable: as if signed out; the next login overwrites it
        }
    }

    public void write(CachedToken token) {
        try {
            Files.createDirectories(folder);
            if (POSIX) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            Path written = folder.resolve("token.json.tmp");
            Files.deleteIfExists(written);
            if (POSIX) {
                Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(written, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(token));
            Files.move(written, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.REFUSED, "could not write the token cache " + file() + ": " + e.getMessage());
        }
    }

    /** True when there was something to delete. */
    public boolean delete() {
        try {
            return Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.REFUSED, "could not delete " + file() + ": " + e.getMessage());
        }
    }
}
