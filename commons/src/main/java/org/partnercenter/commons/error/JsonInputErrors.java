package org.partnercenter.commons.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's failures into descriptions a person can act on, naming the field and never our classes. */
final class JsonInputErrors {

    private JsonInputErrors() {
    }

    static ApiException describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = fieldPath(mismatch.getPath());
            return ApiException.badRequest("Field '" + field + "' " + expectation(mismatch) + ".",
                    List.of(field + ": " + expectation(mismatch)));
        }
        return ApiException.badRequest("The request body is not valid JSON" + at(e.getLocation())
                + ". Send a JSON object with Content-Type: application/json.");
    }

    static String fieldPath(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String expectation(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        String expected = target == null ? "a different value" : describeType(target);
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                && text.indexOf('\u0000') >= 0) {
            return org.partnercenter.commons.json.TextWithoutNul.PROBLEM;
        }
        if (e instanceof InvalidFormatException invalid) {
            return "has the value '" + invalid.getValue() + "', expected " + expected;
        }
        return "has the wrong type, expected " + expected;
    }

    private static String describeType(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> org.partnercenter.commons.json.WireEnums.wireName((Enum<?>) c))
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.util.UUID.class) {
            return "a GUID";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
