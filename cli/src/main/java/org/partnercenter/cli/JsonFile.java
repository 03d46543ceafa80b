package org.partnercenter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A request body from --file: "-" reads stdin, so that bodies can be piped from jq. Bad JSON is a usage error. */
public final class JsonFile {

    private JsonFile() {
    }

    public static JsonNode read(Path file) {
        try {
            byte[] bytes = file.toString().equals("-") ? System.in.readAllBytes() : Files.readAllBytes(file);
            JsonNode json = new ObjectMapper().readTree(bytes);
            if (json == null || !json.isObject()) {
                throw CliFailure.usage(file + " does not hold a JSON object");
            }
            return json;
        } catch (IOException e) {
            throw CliFailure.usage("cannot read " + file + " as JSON: " + e.getMessage());
        }
    }
}
