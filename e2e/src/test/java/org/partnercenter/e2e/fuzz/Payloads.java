package org.partnercenter.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The hostile values themselves, and how they go on the wire. */
final class Payloads {

    static final String MEGABYTE_STRING = "x".repeat(1 << 20);
    static final String DIGITS_400 = "9".repeat(400);
    static final int NESTING = 2_000;
    static final String DEEP_ARRAY = "[".repeat(NESTING) + "]".repeat(NESTING);
    static final String DEEP_OBJECT = "{\"a\":".repeat(NESTING) + "1" + "}".repeat(NESTING);

    /** Stand-ins written into a JSON tree, replaced in its text by what Jackson would not write. */
    static final String LONE_SURROGATE_ESCAPE = "@@LONE_SURROGATE_ESCAPE@@";
    static final String RAW_SURROGATE_BYTES = "@@RAW_SURROGATE_BYTES@@";
    static final String DEEP_VALUE = "@@DEEP_VALUE@@";
    /** Replaced by an id new to each request (usage record ids: a repeated one is a duplicate, never validated). */
    static final String UNIQUE = "@@UNIQUE@@";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicLong SENT = new AtomicLong();

    /** Path ids and query values, percent-sequences sent exactly as written ({@code %ZZ} is no escape at all). */
    /** Encoded dot segments and slashes: sent in every path parameter, before anything else there. */
    static final List<String> ENCODED_TRAVERSAL = List.of("%2e%2e", "%2E%2E", ".%2e", "%2f", "..%2f..%2fpartners");
    static final List<String> META = List.of("..", "a%2fb", "%5c", "..%5c..%5cpartners", "'", "%27%20OR%20%271%27%3D%271", "%22", "%22%3E",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", ";", "a;b=c", "%ZZ", "%", "%u002e", "", "%20", "*",
            "x".repeat(8_000), "x".repeat(100_000));
    static final List<String> NUL_AND_SURROGATES = List.of("%00", "a%00b", "%ED%A0%80", "%C0%AE%C0%AE");
    /** Dates at and beyond the edges of what java.time and PostgreSQL hold. */
    static final List<String> EXTREME_DATES = List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "+300000-01-01T00:00:00Z", "2024-02-30T00:00:00Z", "0000-00-00", "9999-12-31T23:59:60Z");
    /** Meta characters in body strings: quotes, markup, traversal, a malformed escape, a backslash. */
    static final List<String> BODY_META = List.of("'", "\"", "'; DROP TABLE customers; --", "<script>alert(1)</script>",
            "../../..", "%ZZ", "%2e%2e%2f", "\\", "a/b", "{{7*7}}", "${jndi:ldap://x}");
    static final List<String> WRONG_NUMBERS = List.of("abc", "-1", "0", "1.5", DIGITS_400, "1e400", "-1e400",
            "NaN", "true");
    static final List<String> MALFORMED_JSON = List.of("{", "{\"a\":", "[1,2", "{\"a\" 1}", "not json", "{'a':1}",
            "{\"a\":tru}", "nul", "\"unterminated", "{\"a\":1}}", "{,}", "[,]", "{\"a\":01}", "{\"a\":.5}");

    private Payloads() {
    }

    /** UTF-8 bytes of {@code json} with the stand-ins replaced. */
    static byte[] wire(String json) {
        String text = json.replace(LONE_SURROGATE_ESCAPE, "\\ud800").replace("\"" + DEEP_VALUE + "\"", DEEP_ARRAY);
        while (text.contains(UNIQUE)) {
            text = text.replaceFirst(UNIQUE, RUN + "-" + SENT.incrementAndGet());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] parts = text.split(RAW_SURROGATE_BYTES, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
            }
            bytes.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters, as a client encodes a value. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    /** Up to {@code max} of {@code all}, the same ones for the same seed. */
    static <T> List<T> sample(List<T> all, Random random, int max) {
        List<T> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(max, shuffled.size()));
    }

    /** Values of every other JSON type than {@code value}'s, by how a finding shows them. */
    static Map<String, JsonNode> wrongTypes(JsonNode value) {
        ObjectNode object = JsonNodeFactory.instance.objectNode().put("a", 1);
        ArrayNode array = JsonNodeFactory.instance.arrayNode().add("x");
        if (value.isTextual()) {
            return Map.of("12345", JsonNodeFactory.instance.numberNode(12345), "true", JsonNodeFactory.instance.booleanNode(true), "{\"a\":1}", object,
                    "[\"x\"]", array, "1.5", JsonNodeFactory.instance.numberNode(1.5));
        }
        if (value.isNumber()) {
            return Map.of("\"abc\"", JsonNodeFactory.instance.textNode("abc"), "{\"a\":1}", object, "[\"x\"]", array,
                    "true", JsonNodeFactory.instance.booleanNode(true), "\"\"", JsonNodeFactory.instance.textNode(""));
        }
        if (value.isBoolean()) {
            return Map.of("\"yes\"", JsonNodeFactory.instance.textNode("yes"), "-1", JsonNodeFactory.instance.numberNode(-1), "{\"a\":1}", object,
                    "\"\"", JsonNodeFactory.instance.textNode(""));
        }
        return Map.of("\"x\"", JsonNodeFactory.instance.textNode("x"), "1", JsonNodeFactory.instance.numberNode(1), "true", JsonNodeFactory.instance.booleanNode(true),
                value.isArray() ? "{\"a\":1}" : "[\"x\"]", value.isArray() ? object : array);
    }

    /** A value short enough to read in a finding. */
    static String shown(String value) {
        return value.length() <= 40 ? value
                : value.substring(0, 14) + "…" + value.substring(value.length() - 14) + " (" + value.length() + " chars)";
    }
}
