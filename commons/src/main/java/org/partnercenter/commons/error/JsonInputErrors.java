package org.partnercenter.commons.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.partnercenter.commons.input.Excerpt;

/**
 * Turns Jackson's failures to read a request body into a 400 a person can act on, naming the field wherever
 * Jackson knows it (from the binding path, or from the parser's position for a key given twice or a document
 * nested too deep), and never our classes.
 */
public final class JsonInputErrors {

    private JsonInputErrors() {
    }

    /**
     * The 400 for a body that a service reads itself, the same as for one bound before the resource method; a
     * failure that is not the input's (a type we cannot bind) is our bug, thrown on for a 500.
     */
    public static ApiException refusal(JsonProcessingException e) {
        if (!isInputError(e)) {
            throw new IllegalStateException("A request body type cannot be read", e);
        }
        return describe(e);
    }

    /** True when the client sent the failing input; false for a type we cannot bind or a response we cannot write. */
    static boolean isInputError(JsonProcessingException e) {
        if (e instanceof InvalidDefinitionException) {
            return false;
        }
        if (e.getProcessor() instanceof JsonParser) {
            return true;
        }
        StreamConstraintsException limit = JsonFieldProblems.limitExceeded(e);
        return limit != null && JsonFieldProblems.isReadLimit(limit);
    }

    static ApiException describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return fieldProblem(fieldPath(mapping.getPath()), JsonFieldProblems.of(mapping));
        }
        String field = e.getProcessor() instanceof JsonParser parser ? fieldPath(parser.getParsingContext()) : "";
        String problem = JsonFieldProblems.ofDocument(e);
        if (problem != null && !field.isEmpty()) {
            return fieldProblem(field, problem);
        }
        if (problem != null) {
            return ApiException.badRequest("The request body " + problem + at(e.getLocation()) + ".",
                    List.of("body: " + problem));
        }
        return ApiException.badRequest("The request body is not valid JSON" + at(e.getLocation())
                + ". Send a JSON object with Content-Type: application/json.");
    }

    private static ApiException fieldProblem(String field, String problem) {
        return ApiException.badRequest("Field '" + field + "' " + problem + ".", List.of(field + ": " + problem));
    }

    static String fieldPath(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** Where the parser stood when it stopped: {@code parts[0].label}, or empty at the top of the document. */
    private static String fieldPath(JsonStreamContext context) {
        Deque<String> names = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                names.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                names.push("." + Excerpt.of(c.getCurrentName()));
            }
        }
        String path = String.join("", names);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
