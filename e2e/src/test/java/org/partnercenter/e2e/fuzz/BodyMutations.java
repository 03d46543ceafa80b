package org.partnercenter.e2e.fuzz;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A valid request body with one field (or the whole body) made hostile; each class sampled to a bound. */
final class BodyMutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Mutation(InputClass kind, String detail, byte[] body) {
    }

    private record Candidate(JsonPointer at, JsonNode value, String shown) {
    }

    private final JsonNode base;
    private final List<JsonPointer> fields = new ArrayList<>();

    BodyMutations(JsonNode base) {
        this.base = base;
        collect(base, JsonPointer.empty());
    }

    List<Mutation> all(Random random, int perClass) {
        List<Mutation> mutations = new ArrayList<>();
        String text = text(base);
        List<String> malformed = new ArrayList<>(Payloads.MALFORMED_JSON);
        malformed.add(text + "xyz");
        malformed.add(text.substring(0, text.length() / 2));
        if (base.isObject() && base.size() > 0) {
            String first = base.fieldNames().next();
            malformed.add("{\"" + first + "\":\"duplicate\"," + text.substring(1));
        }
        sample(malformed, random, perClass).forEach(m -> mutations.add(new Mutation(InputClass.MALFORMED_JSON,
                Payloads.shown(m), Payloads.wire(m))));
        mutations.add(new Mutation(InputClass.DEEP_NESTING, "array 2000 deep", Payloads.wire(Payloads.DEEP_ARRAY)));
        mutations.add(new Mutation(InputClass.DEEP_NESTING, "object 2000 deep", Payloads.wire(Payloads.DEEP_OBJECT)));
        mutations.add(new Mutation(InputClass.HUGE_STRING, "whole body a 1 MB string",
                Payloads.wire("\"" + Payloads.MEGABYTE_STRING + "\"")));
        List<Candidate> wrongTypes = new ArrayList<>();
        List<Candidate> huge = new ArrayList<>();
        List<Candidate> numbers = new ArrayList<>();
        List<Candidate> nulls = new ArrayList<>();
        List<Candidate> meta = new ArrayList<>();
        for (JsonPointer field : fields) {
            JsonNode value = base.at(field);
            wrongTypes(value).forEach((shown, wrong) -> wrongTypes.add(new Candidate(field, wrong, shown)));
            if (value.isValueNode()) {
                huge.add(new Candidate(field, NODES.textNode(Payloads.MEGABYTE_STRING), "a 1 MB string"));
                numbers.add(new Candidate(field, NODES.numberNode(new BigInteger(Payloads.DIGITS_400)), "400 digits"));
                numbers.add(new Candidate(field, NODES.numberNode(new BigDecimal("1e400")), "1e400"));
                numbers.add(new Candidate(field, NODES.numberNode(new BigDecimal("-1e400")), "-1e400"));
                numbers.add(new Candidate(field, NODES.numberNode(new BigDecimal("1e-400")), "1e-400"));
                numbers.add(new Candidate(field, NODES.textNode(Payloads.DIGITS_400), "\"400 digits\""));
                nulls.add(new Candidate(field, NODES.textNode("\u0000"), "\"\\u0000\""));
                nulls.add(new Candidate(field, NODES.textNode("a\u0000b"), "\"a\\u0000b\""));
                nulls.add(new Candidate(field, NODES.textNode(Payloads.LONE_SURROGATE_ESCAPE), "\"\\ud800\""));
                nulls.add(new Candidate(field, NODES.textNode(Payloads.RAW_SURROGATE_BYTES), "raw bytes ED A0 80"));
                Payloads.BODY_META.forEach(v -> meta.add(new Candidate(field, NODES.textNode(v), "\"" + v + "\"")));
                Payloads.EXTREME_DATES.forEach(v -> meta.add(new Candidate(field, NODES.textNode(v), "\"" + v + "\"")));
            }
        }
        if (!fields.isEmpty()) {
            JsonPointer first = fields.get(0);
            mutations.add(mutation(InputClass.DEEP_NESTING, new Candidate(first, NODES.textNode(Payloads.DEEP_VALUE),
                    "array 2000 deep")));
        }
        sample(wrongTypes, random, perClass * 2).forEach(c -> mutations.add(mutation(InputClass.WRONG_TYPE, c)));
        sample(huge, random, perClass).forEach(c -> mutations.add(mutation(InputClass.HUGE_STRING, c)));
        sample(numbers, random, perClass).forEach(c -> mutations.add(mutation(InputClass.HUGE_NUMBER, c)));
        sample(nulls, random, perClass).forEach(c -> mutations.add(mutation(InputClass.NUL_OR_SURROGATE, c)));
        sample(meta, random, perClass * 2).forEach(c -> mutations.add(mutation(InputClass.BODY_META, c)));
        return mutations;
    }

    /** Up to {@code max} of {@code all}, the same ones for the same seed. */
    static <T> List<T> sample(List<T> all, Random random, int max) {
        List<T> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(max, shuffled.size()));
    }

    private static Map<String, JsonNode> wrongTypes(JsonNode value) {
        ObjectNode object = NODES.objectNode().put("a", 1);
        ArrayNode array = NODES.arrayNode().add("x");
        if (value.isTextual()) {
            return Map.of("12345", NODES.numberNode(12345), "true", NODES.booleanNode(true), "{\"a\":1}", object,
                    "[\"x\"]", array, "1.5", NODES.numberNode(1.5));
        }
        if (value.isNumber()) {
            return Map.of("\"abc\"", NODES.textNode("abc"), "{\"a\":1}", object, "[\"x\"]", array,
                    "true", NODES.booleanNode(true), "\"\"", NODES.textNode(""));
        }
        if (value.isBoolean()) {
            return Map.of("\"yes\"", NODES.textNode("yes"), "-1", NODES.numberNode(-1), "{\"a\":1}", object,
                    "\"\"", NODES.textNode(""));
        }
        return Map.of("\"x\"", NODES.textNode("x"), "1", NODES.numberNode(1), "true", NODES.booleanNode(true),
                value.isArray() ? "{\"a\":1}" : "[\"x\"]", value.isArray() ? object : array);
    }

    private Mutation mutation(InputClass kind, Candidate candidate) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy.at(candidate.at().head());
        String last = candidate.at().last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, candidate.value());
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), candidate.value());
        }
        return new Mutation(kind, candidate.at() + " = " + candidate.shown(), Payloads.wire(text(copy)));
    }

    private void collect(JsonNode node, JsonPointer at) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                JsonPointer child = at.appendProperty(field.getKey());
                fields.add(child);
                collect(field.getValue(), child);
            });
        } else if (node.isArray() && node.size() > 0) {
            JsonPointer child = at.appendIndex(0);
            fields.add(child);
            collect(node.get(0), child);
        }
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
