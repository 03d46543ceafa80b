package org.partnercenter.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnercenter.cli.http.ApiClient;

/**
 * A request body from --file: "-" reads stdin, so that bodies can be piped from jq. Read as the API's JSON is
 * (decimals exactly as written: an exchange rate keeps all its digits). Bad JSON is a usage error naming its line.
 */
public final class JsonFile {

    private JsonFile() {
    }

    public static JsonNode read(Path file) {
        try {
            byte[] bytes = file.toString().equals("-") ? System.in.readAllBytes() : Files.readAllBytes(file);
            JsonNode json = ApiClient.JSON.readTree(bytes);
            if (json == null || !json.isObject()) {
                throw CliFailure.usage(file + " does not hold a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw CliFailure.usage(file + " is not JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw CliFailure.cannotRead(file, e);
        }
    }
}
