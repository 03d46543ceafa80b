package org.partnercenter.commons.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import java.util.Set;

/** Names every bad field of a request, in the wire's property names, not Java's parameter names. */
final class ValidationErrors {

    private ValidationErrors() {
    }

    static ApiException describe(Set<? extends ConstraintViolation<?>> violations) {
        List<String> data = violations.stream()
                .map(v -> field(v.getPropertyPath()) + ": " + v.getMessage())
                .sorted()
                .toList();
        return ApiException.badRequest("The request is not valid: " + String.join("; ", data) + ".", data);
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
                name.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (name.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return name.toString();
    }
}
