package org.partnercenter.commons.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.json.DocumentLimits;
import org.partnercenter.commons.json.StorableText;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.time.WireTimes;

/** What is wrong with one value of a request body, in words for the person who sent it. */
final class JsonFieldProblems {

    private JsonFieldProblems() {
    }

    static String of(JsonMappingException e) {
        StreamConstraintsException limit = limitExceeded(e);
        if (limit != null) {
            return limit(limit);
        }
        if (!(e instanceof MismatchedInputException mismatch)) {
            return "has a value out of range or of the wrong form";
        }
        Class<?> target = mismatch.getTargetType();
        String expected = target == null ? "a different value" : describeType(target);
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                && StorableText.problem(text) != null) {
            return StorableText.problem(text);
        }
        if (DocumentLimits.DECIMAL_OUT_OF_RANGE.equals(e.getOriginalMessage())) {
            return DocumentLimits.DECIMAL_OUT_OF_RANGE;
        }
        if (e instanceof InvalidFormatException invalid) {
            return "has the value '" + Excerpt.of(String.valueOf(invalid.getValue())) + "', expected " + expected;
        }
        return "has the wrong type, expected " + expected;
    }

    /** A problem of the document as a whole, or null when it is simply not JSON. */
    static String ofDocument(JsonProcessingException e) {
        StreamConstraintsException limit = limitExceeded(e);
        if (limit != null) {
            return limit(limit);
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            return "is given twice: send each field once";
        }
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return "has more content after the end of the JSON document: send exactly one JSON value";
        }
        return null;
    }

    static StreamConstraintsException limitExceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    /** The write side has the same exception for its own limits: that one is our bug, not the client's. */
    static boolean isReadLimit(StreamConstraintsException e) {
        return e.getMessage() == null || !e.getMessage().contains("StreamWriteConstraints");
    }

    private static String limit(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Document nesting depth")) {
            return "is nested more than " + DocumentLimits.MAX_DEPTH + " levels deep";
        }
        if (message.startsWith("String value length")) {
            return "is longer than " + DocumentLimits.MAX_STRING_LENGTH + " characters";
        }
        if (message.startsWith("Name length")) {
            return "has a key longer than " + DocumentLimits.MAX_NAME_LENGTH + " characters";
        }
        if (message.startsWith("Number value length")) {
            return "is a number longer than " + DocumentLimits.MAX_NUMBER_LENGTH + " characters";
        }
        return "exceeds a size limit of JSON documents";
    }

    private static String describeType(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> WireEnums.wireName((Enum<?>) c))
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
            return WireTimes.EXPECTED;
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
