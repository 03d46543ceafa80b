package org.partnercenter.e2e.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every broken rule of one run, kept to report them all at once: first grouped by cause, then one by one. */
final class Findings {

    private static final int BODY_SHOWN = 200;

    record Finding(String operation, InputClass kind, String detail, int status, String problem, String body) {

        String line() {
            return printable(operation + " [" + kind.label() + ": " + detail + "] -> " + status + ": " + problem)
                    + " | body: " + head(body);
        }
    }

    /** The first 200 characters of a body, on one line. */
    static String head(String body) {
        String shown = body.length() <= BODY_SHOWN ? body : body.substring(0, BODY_SHOWN) + "…";
        return printable(shown.replaceAll("\\s+", " "));
    }

    /** Control characters (a NUL sent or echoed) written as {@code \\u0000}. */
    private static String printable(String text) {
        StringBuilder line = new StringBuilder();
        text.chars().forEach(c -> line.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return line.toString();
    }

    private final List<Finding> all = new ArrayList<>();
    private int requests;

    void checked(FuzzOperation operation, FuzzInput input, RawHttp.Answer answer) {
        requests++;
        ResponseChecks.problems(input, answer).forEach(problem -> add(operation.toString(), input.kind(), input.detail(),
                answer.status(), problem, answer.body()));
    }

    void add(String operation, InputClass kind, String detail, int status, String problem, String body) {
        all.add(new Finding(operation, kind, detail, status, problem, body));
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int requests() {
        return requests;
    }

    /** "500 (a server error) <- deep nesting: 17 inputs on 17 operations", then the first {@code lines} findings. */
    String report(int lines) {
        Map<String, List<Finding>> byCause = new TreeMap<>();
        all.forEach(f -> byCause.computeIfAbsent(f.problem().replaceAll("\"[^\"]*\"$", "\"…\"") + " <- "
                + f.kind().label(), cause -> new ArrayList<>()).add(f));
        StringBuilder report = new StringBuilder(all.size() + " findings in " + requests + " fuzzed requests\n");
        byCause.forEach((cause, findings) -> {
            Set<String> operations = new TreeSet<>();
            findings.forEach(f -> operations.add(f.operation()));
            report.append("  ").append(cause).append(": ").append(findings.size()).append(" inputs on ")
                    .append(operations.size()).append(" operations ").append(operations).append('\n');
        });
        report.append(lines >= all.size() ? "every finding:\n" : "the first " + lines + " findings:\n");
        all.stream().limit(lines).forEach(f -> report.append("  ").append(f.line()).append('\n'));
        return report.toString();
    }

    void writeTo(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
