package org.partnercenter.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: a header row, CRLF line ends, and a field quoted when it holds a comma, quote or line break. */
final class CsvWriter {

    private CsvWriter() {
    }

    static void write(PrintWriter out, List<String> headers, List<List<String>> rows) {
        out.print(row(headers) + "\r\n");
        for (List<String> row : rows) {
            out.print(row(row) + "\r\n");
        }
        out.flush();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(CsvWriter::field).collect(Collectors.joining(","));
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
