package org.partnercenter.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The gateway's merged OpenAPI document ({@code GET /openapi}), read as the list of operations to fuzz. */
final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException("GET /openapi is not JSON", e);
        }
    }

    /** Services the gateway could not read a document from: their operations would go unfuzzed. */
    List<String> unavailable() {
        List<String> names = new ArrayList<>();
        document.path("x-unavailable").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** Every operation, writes that destroy their fixture last, otherwise in path order. */
    List<FuzzOperation> operations() {
        List<FuzzOperation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().path(method);
            if (!operation.isMissingNode()) {
                operations.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), operation));
            }
        }));
        Comparator<FuzzOperation> byPath = Comparator.comparing(FuzzOperation::template)
                .thenComparing(FuzzOperation::method);
        // Destructive ones deepest path first: a user's role is removed before the user is.
        List<FuzzOperation> ordered = new ArrayList<>(operations.stream().filter(op -> !op.destructive())
                .sorted(byPath).toList());
        ordered.addAll(operations.stream().filter(FuzzOperation::destructive).sorted(byPath.reversed()).toList());
        return ordered;
    }

    /** Follows {@code $ref} (also through a single-entry {@code allOf}) to the schema it names. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (current.has("$ref")) {
                current = document.at(current.get("$ref").asText().substring(1));
            } else if (current.path("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    /** A value the schema allows, for the parts of a request the suite has no real value for. */
    JsonNode example(JsonNode declared, int depth) {
        JsonNode schema = resolve(declared);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText(schema.has("properties") ? "object" : "string")) {
            case "object":
                ObjectNode object = nodes.objectNode();
                if (depth < 5) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            example(p.getValue(), depth + 1)));
                }
                return object;
            case "array":
                return depth < 5 ? nodes.arrayNode().add(example(schema.path("items"), depth + 1)) : nodes.arrayNode();
            case "integer":
            case "number":
                return nodes.numberNode(1);
            case "boolean":
                return nodes.booleanNode(true);
            default:
                return nodes.textNode(switch (schema.path("format").asText()) {
                    case "date-time" -> Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
                    case "date" -> LocalDate.now(ZoneOffset.UTC).toString();
                    case "uuid" -> UUID.randomUUID().toString();
                    default -> "fuzz";
                });
        }
    }

    private FuzzOperation operation(String method, String template, JsonNode pathItem, JsonNode operation) {
        List<FuzzOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode declared : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            declared.forEach(p -> {
                JsonNode parameter = resolve(p);
                parameters.add(new FuzzOperation.Parameter(parameter.path("name").asText(),
                        parameter.path("in").asText(), resolve(parameter.path("schema")),
                        parameter.path("required").asBoolean(false)));
            });
        }
        List<String> mediaTypes = new ArrayList<>();
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        content.fieldNames().forEachRemaining(mediaTypes::add);
        JsonNode schema = mediaTypes.isEmpty() ? null : resolve(content.path(mediaTypes.get(0)).path("schema"));
        return new FuzzOperation(method, template, List.copyOf(parameters), List.copyOf(mediaTypes), schema);
    }
}
