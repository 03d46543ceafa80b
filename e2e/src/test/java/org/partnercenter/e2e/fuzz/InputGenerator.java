package org.partnercenter.e2e.fuzz;

import static org.partnercenter.e2e.fuzz.Payloads.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The hostile inputs for one operation, each a valid request with one part changed: its body, one path id,
 * one query parameter, or the continuation-token and If-Match headers where the operation takes them.
 * Seeded per operation, so the same operation always gets the same inputs, and bounded per class.
 */
final class InputGenerator {

    private static final long SEED = 0x5EED_F022L;
    private static final int PER_CLASS = 4;
    private static final String CONTINUATION = "MS-ContinuationToken";
    /** Sort-key values a forged continuation token may carry (version 1, keys split by U+001F). */
    private static final List<String> FORGED_KEYS = List.of("", "\u0000", "x'--", "99999999999999999999999", "-1",
            "1e400", "+999999999-12-31T23:59:59Z", "NaN", "\ud800", "00000000-0000-0000-0000-000000000000",
            "../../etc");

    /** @param validBody the operation's valid body, null if it takes none */
    List<FuzzInput> inputs(FuzzOperation operation, FuzzInput valid, JsonNode validBody) {
        Random random = new Random(SEED + operation.toString().hashCode());
        List<FuzzInput> inputs = new ArrayList<>();
        if (validBody != null) {
            // A route that documents no body may ignore one: only a documented body must refuse bad JSON.
            boolean readsBody = !operation.bodyMediaTypes().isEmpty();
            new BodyMutations(validBody).all(random, PER_CLASS).forEach(m -> inputs.add(valid.withBody(m.kind(),
                    "body " + m.detail(), m.body(), m.refused() && readsBody ? FuzzInput.Expected.REFUSED
                            : FuzzInput.Expected.BELOW_500)));
        }
        for (FuzzOperation.Parameter path : operation.in("path")) {
            // Encoded traversal first: a raw ".." may legitimately delete the fixture that it would misroute to.
            List<String> values = new ArrayList<>(Payloads.ENCODED_TRAVERSAL);
            values.addAll(sample(Payloads.META, random, PER_CLASS));
            values.forEach(value -> inputs.add(valid.withPath(InputClass.PATH_META,
                    "path {" + path.name() + "} = " + Payloads.shown(value), path.name(), value)));
            Payloads.NUL_AND_SURROGATES.forEach(value -> inputs.add(valid.withPath(InputClass.NUL_OR_SURROGATE,
                    "path {" + path.name() + "} = " + value, path.name(), value)));
        }
        List<FuzzInput> query = new ArrayList<>();
        for (FuzzOperation.Parameter parameter : operation.in("query")) {
            String name = Payloads.encode(parameter.name());
            List<String> values = new ArrayList<>(Payloads.META);
            values.addAll(Payloads.ENCODED_TRAVERSAL);
            values.addAll(Payloads.WRONG_NUMBERS);
            Payloads.EXTREME_DATES.forEach(date -> values.add(Payloads.encode(date)));
            values.add("x".repeat(1 << 16));
            values.forEach(value -> query.add(valid.withQuery(InputClass.QUERY_META,
                    "query " + parameter.name() + "=" + Payloads.shown(value), name, value)));
            Payloads.NUL_AND_SURROGATES.forEach(value -> query.add(valid.withQuery(InputClass.NUL_OR_SURROGATE,
                    "query " + parameter.name() + "=" + value, name, value)));
        }
        query.add(valid.withQuery(InputClass.QUERY_META, "query name %ZZ", "%ZZ", "1"));
        inputs.addAll(sample(query, random, PER_CLASS * 4));
        if (operation.header(CONTINUATION).isPresent()) {
            sample(continuationTokens(random), random, PER_CLASS * 2).forEach(token -> inputs.add(valid.withHeader(
                    InputClass.CONTINUATION_TOKEN, CONTINUATION + ": " + Payloads.shown(token), CONTINUATION, token)));
        }
        if (operation.header("If-Match").isPresent()) {
            List<String> etags = List.of("garbage", "\"", "\"\"", "W/\"x\"", "*", "\"" + "x".repeat(8_000) + "\"",
                    "\"\u0000\"", "\"\u00ff\u00fe\"", "\"%ZZ\"", "\"1e400\"", base64(random, 32));
            etags.forEach(etag -> inputs.add(valid.withHeader(InputClass.IF_MATCH, "If-Match: " + Payloads.shown(etag),
                    "If-Match", etag)));
        }
        return inputs;
    }

    private static List<String> continuationTokens(Random random) {
        List<String> tokens = new ArrayList<>(List.of("", "garbage", "\"", "%ZZ", "../..", "\u0000", "\u00ff\u00fe",
                "x".repeat(8_000), base64(random, 48), urlBase64("1"), urlBase64("2\u001fx")));
        for (int i = 0; i < 8; i++) {
            StringBuilder keys = new StringBuilder("1");
            int count = 1 + random.nextInt(4);
            for (int k = 0; k < count; k++) {
                keys.append('\u001f').append(FORGED_KEYS.get(random.nextInt(FORGED_KEYS.size())));
            }
            tokens.add(urlBase64(keys.toString()));
        }
        return tokens;
    }

    private static String base64(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String urlBase64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
