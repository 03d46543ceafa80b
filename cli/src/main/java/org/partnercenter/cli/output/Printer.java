package org.partnercenter.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import org.partnercenter.cli.http.ApiClient;

/**
 * Writes results in the chosen format. JSON is the API's own JSON, untouched (decimals as the API wrote them, never
 * 1E-7): one document pretty-printed, a list as JSON lines (one item per line) so that scripts can stream it
 * through jq or read it line by line.
 */
public final class Printer {

    private final PrintWriter out;
    private final OutputFormat format;
    private final int terminalWidth;

    public Printer(PrintWriter out, OutputFormat format, int terminalWidth) {
        this.out = out;
        this.format = format;
        this.terminalWidth = terminalWidth;
    }

    /** A list; {@code columns} empty means every scalar field of the first item. */
    public void list(List<JsonNode> items, List<Column> columns) {
        if (format == OutputFormat.json) {
            items.forEach(item -> out.println(ApiClient.text(item)));
            out.flush();
            return;
        }
        List<Column> shown = columns.isEmpty() && !items.isEmpty() ? Flattened.columns(items.get(0)) : columns;
        List<String> headers = shown.stream().map(Column::header).toList();
        List<List<String>> rows = items.stream()
                .map(item -> shown.stream().map(column -> column.valueIn(item)).toList())
                .toList();
        if (format == OutputFormat.csv) {
            CsvWriter.write(out, headers, rows);
        } else {
            TableWriter.write(out, headers, rows, terminalWidth);
        }
    }

    /** One resource: as a FIELD/VALUE table of all its scalar fields, so nothing is hidden by a narrow choice. */
    public void one(JsonNode document) {
        if (format == OutputFormat.json) {
            out.println(ApiClient.text(document, true));
            out.flush();
            return;
        }
        List<Column> columns = Flattened.columns(document);
        if (format == OutputFormat.csv) {
            CsvWriter.write(out, columns.stream().map(Column::header).toList(),
                    List.of(columns.stream().map(column -> column.valueIn(document)).toList()));
            return;
        }
        List<List<String>> rows = columns.stream().map(column -> List.of(column.path(), column.valueIn(document)))
                .toList();
        TableWriter.write(out, List.of("FIELD", "VALUE"), rows, terminalWidth);
    }
}
