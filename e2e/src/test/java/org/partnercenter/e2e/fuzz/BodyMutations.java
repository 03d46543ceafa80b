package org.partnercenter.e2e.fuzz;

import static org.partnercenter.e2e.fuzz.Payloads.sample;

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
import java.util.List;
import java.util.Random;

/** A valid request body with one field (or the whole body) made hostile; each class sampled to a bound. */
final class BodyMutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** {@code refused}: DESIGN.md's input policy refuses it whatever the field (if the route reads a body). */
    record Mutation(InputClass kind, String detail, byte[] body, boolean refused) {
    }

    private record Candidate(JsonPointer at, JsonNode value, String shown, boolean refused) {

        Candidate(JsonPointer at, JsonNode value, String shown) {
            this(at, value, shown, false);
        }
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
                Payloads.shown(m), Payloads.wire(m), true)));
        mutations.add(new Mutation(InputClass.DEEP_NESTING, "array 2000 deep", Payloads.wire(Payloads.DEEP_ARRAY),
                true));
        mutations.add(new Mutation(InputClass.DEEP_NESTING, "object 2000 deep", Payloads.wire(Payloads.DEEP_OBJECT),
                true));
        mutations.add(new Mutation(InputClass.HUGE_STRING, "whole body a 1 MB string",
                Payloads.wire("\"" + Payloads.MEGABYTE_STRING + "\""), true));
        List<Candidate> wrongTypes = new ArrayList<>();
        List<Candidate> hugeText = new ArrayList<>();
        List<Candidate> hugeOther = new ArrayList<>();
        List<Candidate> numbers = new ArrayList<>();
        List<Candidate> nulls = new ArrayList<>();
        List<Candidate> meta = new ArrayList<>();
        for (JsonPointer field : fields) {
            JsonNode value = base.at(field);
            // Booleans are strict: anything but true or false is refused.
            Payloads.wrongTypes(value).forEach((shown, wrong) -> wrongTypes.add(new Candidate(field, wrong, shown,
                    value.isBoolean())));
            if (value.isValueNode()) {
                (value.isTextual() ? hugeText : hugeOther).add(new Candidate(field,
                        NODES.textNode(Payloads.MEGABYTE_STRING), "a 1 MB string", true));
                numbers.add(new Candidate(field, NODES.numberNode(new BigInteger(Payloads.DIGITS_400)), "400 digits"));
                numbers.add(new Candidate(field, NODES.numberNode(new BigDecimal("1e400")), "1e400"));
                numbers.add(new Candidate(field, NODES.numberNode(new BigDecimal("-1e400")), "-1e400"));
                numbers.add(new Candidate(field, NODES.numberNode(new BigDecimal("1e-400")), "1e-400"));
                numbers.add(new Candidate(field, NODES.textNode(Payloads.DIGITS_400), "\"400 digits\""));
                nulls.add(new Candidate(field, NODES.textNode("\u0000"), "\"\\u0000\"", true));
                nulls.add(new Candidate(field, NODES.textNode("a\u0000b"), "\"a\\u0000b\"", true));
                nulls.add(new Candidate(field, NODES.textNode(Payloads.LONE_SURROGATE_ESCAPE), "\"\\ud800\"", true));
                nulls.add(new Candidate(field, NODES.textNode(Payloads.RAW_SURROGATE_BYTES), "raw bytes ED A0 80",
                        true));
                Payloads.BODY_META.forEach(v -> meta.add(new Candidate(field, NODES.textNode(v), "\"" + v + "\"")));
                Payloads.EXTREME_DATES.forEach(v -> meta.add(new Candidate(field, NODES.textNode(v), "\"" + v + "\"")));
            }
        }
        if (!fields.isEmpty()) {
            JsonPointer first = fields.get(0);
            mutations.add(mutation(InputClass.DEEP_NESTING, new Candidate(first, NODES.textNode(Payloads.DEEP_VALUE),
                    "array 2000 deep", true)));
        }
        sample(wrongTypes, random, perClass * 2).forEach(c -> mutations.add(mutation(InputClass.WRONG_TYPE, c)));
        // Every string field (up to a bound): the limits are per field kind, and a sample would miss kinds.
        sample(hugeText, random, perClass * 2).forEach(c -> mutations.add(mutation(InputClass.HUGE_STRING, c)));
        sample(hugeOther, random, 2).forEach(c -> mutations.add(mutation(InputClass.HUGE_STRING, c)));
        sample(numbers, random, perClass).forEach(c -> mutations.add(mutation(InputClass.HUGE_NUMBER, c)));
        sample(nulls, random, perClass).forEach(c -> mutations.add(mutation(InputClass.NUL_OR_SURROGATE, c)));
        sample(meta, random, perClass * 2).forEach(c -> mutations.add(mutation(InputClass.BODY_META, c)));
        return mutations;
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
        return new Mutation(kind, candidate.at() + " = " + candidate.shown(), Payloads.wire(text(copy)),
                candidate.refused());
    }

    private void collect(JsonNode node, JsonPointer at) {
        if (node.isObject()) {
            // By name, not in the body's order: bodies built from Map.of iterate differently in each JVM, and the
            // sample drawn from these fields must be the same for the same seed.
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String name : names) {
                JsonPointer child = at.appendProperty(name);
                fields.add(child);
                collect(node.get(name), child);
            }
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
