package org.partnercenter.cli.http;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;

/**
 * A GET into a file (a statement, an export's part): written aside as {@code NAME.part} and moved into place, so
 * that a failed or interrupted download leaves no half file under the final name, nor a stray part file.
 */
final class FileDownload {

    private final ApiClient api;
    private final DebugLog debug;

    FileDownload(ApiClient api, DebugLog debug) {
        this.api = api;
        this.debug = debug;
    }

    HttpHeaders into(String path, String accept, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw CliFailure.usage("there is no folder " + folder + " to write " + target.getFileName() + " in");
        }
        HttpRequest built = api.authorized(path, accept).GET().build();
        debug.request("GET", built.uri().toString(), built.headers(), null);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            HttpResponse<Path> response = api.exchange(built, HttpResponse.BodyHandlers.ofFile(partial), Http.TRANSFER);
            debug.response(response.statusCode(), response.headers(), null);
            if (response.statusCode() >= 400) {
                throw ApiAnswers.refusal(response.statusCode(), ApiAnswers.parse(Files.readString(partial)));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return response.headers();
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.REFUSED, "cannot write " + target + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the answer is what matters; a stray .part file is named after its target
            }
        }
    }
}
