package org.partnercenter.deploy.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generated manifests in one order. quarkus-kubernetes (dekorate) writes labels and container ports in hash order,
 * which changes from one build to the next although nothing else does; so the committed copy is the generation
 * with map keys sorted and the lists whose order means nothing (ports, volumes, mounts, env) sorted by name.
 */
final class CanonicalYaml {

    private static final Set<String> NAMED_SETS = Set.of("ports", "volumes", "volumeMounts", "env");

    private static final YAMLMapper WRITER = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private CanonicalYaml() {
    }

    static String of(String yaml, String origin) {
        StringBuilder out = new StringBuilder();
        for (JsonNode document : YamlDocuments.parse(yaml, origin)) {
            try {
                out.append(WRITER.writeValueAsString(sorted(document, "")));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    private static JsonNode sorted(JsonNode node, String key) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            new TreeSet<>(iterable(node)).forEach(field -> copy.set(field, sorted(node.get(field), field)));
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(sorted(item, "")));
            if (NAMED_SETS.contains(key) && items.stream().allMatch(item -> item.has("name"))) {
                items.sort(Comparator.comparing(item -> item.get("name").asText()));
            }
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            items.forEach(copy::add);
            return copy;
        }
        return node;
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
