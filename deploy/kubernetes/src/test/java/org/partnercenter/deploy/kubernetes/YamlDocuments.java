package org.partnercenter.deploy.kubernetes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The documents of a YAML file ("---" separated), empty ones (a file's leading comment block) left out. */
final class YamlDocuments {

    static final YAMLMapper MAPPER = new YAMLMapper();

    private YamlDocuments() {
    }

    static List<JsonNode> of(Path file) {
        return parse(Repository.read(file), file.toString());
    }

    static List<JsonNode> parse(String yaml, String origin) {
        List<JsonNode> documents = new ArrayList<>();
        // One tree a document; readValues would unwrap a document that is a list (a JSON patch) into its items.
        try (JsonParser parser = MAPPER.createParser(yaml)) {
            while (parser.nextToken() != null) {
                JsonNode document = MAPPER.readTree(parser);
                if (document != null && !document.isNull() && !document.isMissingNode() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not YAML: " + origin, e);
        }
        return documents;
    }
}
