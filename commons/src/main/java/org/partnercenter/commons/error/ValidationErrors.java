package org.partnercenter.commons.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import java.util.Set;
import org.partnercenter.commons.input.Excerpt;

/** Names every bad field of a request, in the wire's property names, not Java's parameter names. */
public final class ValidationErrors {

    private static final String MAP_KEY = "<map key>";

    private ValidationErrors() {
    }

    static ApiException describe(Set<? extends ConstraintViolation<?>> violations) {
        List<String> data = problems(violations);
        return ApiException.badRequest("The request is not valid: " + String.join("; ", data) + ".", data);
    }

    /** {@code field: what is wrong} for each violation, sorted: for a caller that reports them in its own answer. */
    public static List<String> problems(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> field(v.getPropertyPath()) + ": " + v.getMessage())
                .sorted()
                .toList();
    }

    static String field(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                name.append('[').append(Excerpt.of(String.valueOf(node.getKey()))).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // "<list element>", "<map value>": the index or key above already says which one
                name.append(MAP_KEY.equals(node.getName()) ? " (the key)" : "");
            } else if (node.getName() != null) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (name.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return name.toString();
    }
}
