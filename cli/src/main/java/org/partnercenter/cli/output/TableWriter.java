package org.partnercenter.cli.output;

import java.io.PrintWriter;
import java.util.List;

/**
 * A plain-text table that fits the terminal: columns get their widest value, and when the total is too wide the
 * widest columns shrink first and their values end with "…", so no line ever wraps.
 */
final class TableWriter {

    private static final String GAP = "  ";
    private static final int MIN_WIDTH = 4;

    private TableWriter() {
    }

    static void write(PrintWriter out, List<String> headers, List<List<String>> rows, int terminalWidth) {
        int[] widths = fit(naturalWidths(headers, rows), terminalWidth - GAP.length() * (headers.size() - 1));
        out.println(line(headers, widths));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
        out.flush();
    }

    private static int[] naturalWidths(List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    /** Takes one character at a time from the widest column until the row fits (or every column is at its minimum). */
    static int[] fit(int[] widths, int available) {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        while (total > available) {
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths[widest] <= MIN_WIDTH) {
                break;
            }
            widths[widest]--;
            total--;
        }
        return widths;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i).replace('\n', ' ').replace('\r', ' ');
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, widths[i] - 1) + "…";
            }
            line.append(i == widths.length - 1 ? cell : pad(cell, widths[i]) + GAP);
        }
        return line.toString().stripTrailing();
    }

    private static String pad(String cell, int width) {
        return cell + " ".repeat(width - cell.length());
    }
}
