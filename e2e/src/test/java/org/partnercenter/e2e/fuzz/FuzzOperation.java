package org.partnercenter.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.partnercenter.e2e.support.ApiOperations;

/**
 * One operation of the merged OpenAPI document: its parameters and, if it takes one, its request body's
 * media types and schema ($refs resolved on demand by {@link OpenApiDocument}).
 */
record FuzzOperation(String method, String template, List<Parameter> parameters, List<String> bodyMediaTypes,
        JsonNode bodySchema) {

    /** A parameter {@code in} path, query or header, with its schema. */
    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    boolean takesBody() {
        return !bodyMediaTypes.isEmpty() || List.of("POST", "PUT", "PATCH").contains(method);
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    Optional<Parameter> header(String name) {
        return in("header").stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Deletes, suspends or reactivates: run after everything else, so that the fixtures live until then. */
    boolean destructive() {
        return ApiOperations.destructive(method, template);
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
