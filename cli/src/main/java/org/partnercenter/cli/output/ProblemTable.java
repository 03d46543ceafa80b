package org.partnercenter.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The API's error {@code data} as a table on stderr: each entry is "where: reason" ({@code line 12: unit is
 * required}, {@code records[3] (id r-3): ...}), and {@code where} turns the first part into what the user looks
 * for (a line number, a record id). stdout stays clean for scripts.
 */
public final class ProblemTable {

    private ProblemTable() {
    }

    public static void print(PrintWriter err, int width, String whereHeader, UnaryOperator<String> where,
            List<String> data) {
        List<JsonNode> rows = data.stream().map(entry -> {
            int colon = entry.indexOf(": ");
            String place = colon < 0 ? "" : where.apply(entry.substring(0, colon));
            String reason = colon < 0 ? entry : entry.substring(colon + 2);
            return (JsonNode) JsonNodeFactory.instance.objectNode().put("where", place).put("reason", reason);
        }).toList();
        new Printer(err, OutputFormat.table, width).list(rows, List.of(Column.of(whereHeader, "where"),
                Column.of("REASON", "reason")));
    }
}
