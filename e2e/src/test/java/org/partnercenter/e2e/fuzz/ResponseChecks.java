package org.partnercenter.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every answer to hostile input must be: never a 5xx (nor no answer at all), every 4xx in DESIGN.md's
 * error shape, and no internal detail in any body.
 */
final class ResponseChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stack frames, exception class names, SQL and driver text, framework packages, file paths. */
    private static final Pattern INTERNAL_DETAIL = Pattern.compile(String.join("|",
            "\\bat (org|java|jdk|io|com|sun)\\.[\\w.$]{1,200}\\(", "\\b[A-Z][a-z]\\w{0,60}?(Exception|Error)\\b",
            "\\b(java|javax|jakarta|jdk|sun)\\.[a-z]+\\.", "\\bSQL\\b", "SQLState", "PSQLException", "org\\.postgresql",
            "org\\.hibernate", "io\\.vertx", "io\\.quarkus", "io\\.smallrye", "org\\.jboss", "com\\.fasterxml",
            "org\\.partnercenter\\.", "Caused by:", "\\.java:\\d+", "(/work|/home|/tmp|/usr|/opt|/root)/\\w",
            "[A-Z]:\\\\\\w"));

    private ResponseChecks() {
    }

    /** Each way the answer fails the rules, in words; none if it keeps them. */
    static List<String> problems(FuzzInput input, RawHttp.Answer answer) {
        List<String> problems = new ArrayList<>();
        if (answer.status() == 0) {
            problems.add("no HTTP answer");
            return problems;
        }
        if (input.expected() == FuzzInput.Expected.BAD_REQUEST && answer.status() != 400) {
            problems.add("not refused with 400 (an encoded dot segment or slash, NUL or malformed escape)");
        }
        if (input.expected() == FuzzInput.Expected.REFUSED && answer.status() < 400) {
            problems.add("accepted what the input policy refuses");
        }
        if (answer.status() >= 500) {
            problems.add(answer.status() + " (a server error)");
        }
        if (answer.status() >= 400 && answer.status() < 500 && !refusedByNettyAlone(input, answer)) {
            errorShape(answer.body()).ifPresent(problems::add);
        }
        Matcher leak = INTERNAL_DETAIL.matcher(answer.body());
        if (leak.find()) {
            problems.add("internal detail in the body: \"" + leak.group() + "\"");
        }
        return problems;
    }

    /**
     * The one refusal still answered without a body, left open in issue 12: Netty refuses a header value holding
     * a control character (NUL included) while decoding, before any handler of ours runs, and Quarkus offers no
     * hook to shape that answer (quarkusio/quarkus#55082). Anything else without a body stays a finding.
     */
    private static boolean refusedByNettyAlone(FuzzInput input, RawHttp.Answer answer) {
        boolean controlInHeader = input.headers().values().stream()
                .anyMatch(value -> value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f));
        return controlInHeader && answer.status() == 400 && answer.body().isBlank();
    }

    private static java.util.Optional<String> errorShape(String body) {
        if (body.isBlank()) {
            return java.util.Optional.of("4xx without a body");
        }
        JsonNode error;
        try {
            error = JSON.readTree(body);
        } catch (IOException e) {
            return java.util.Optional.of("4xx body is not JSON");
        }
        if (error == null || !error.isObject()) {
            return java.util.Optional.of("4xx body is not a JSON object");
        }
        boolean shaped = error.path("code").isIntegralNumber() && error.path("description").isTextual()
                && error.path("source").isTextual();
        return shaped ? java.util.Optional.empty()
                : java.util.Optional.of("4xx body is not the error shape (integer code, description, source)");
    }
}
