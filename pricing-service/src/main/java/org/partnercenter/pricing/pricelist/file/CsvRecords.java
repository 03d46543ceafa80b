package org.partnercenter.pricing.pricelist.file;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV read as a stream, record by record: commas, double-quoted fields with doubled quotes and line breaks
 * inside, CRLF or LF, a leading byte-order mark (spreadsheets write one) ignored, blank lines skipped.
 */
final class CsvRecords {

    /** A record and the line of the file it starts on. */
    record Record(int line, List<String> fields) {
    }

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;
    private boolean started;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the file. */
    Record next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int start = line;
        while (true) {
            int c = read();
            if (c == -1) {
                if (fields.isEmpty() && field.isEmpty()) {
                    return null;
                }
                fields.add(field.toString());
                return new Record(start, fields);
            }
            if (quoted) {
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        pushedBack = next;
                    }
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int next = read();
                    pushedBack = next == '\n' ? -2 : next;
                }
                line++;
                if (fields.isEmpty() && field.toString().isBlank()) {
                    field.setLength(0);
                    start = line;
                    continue;
                }
                fields.add(field.toString());
                return new Record(start, fields);
            } else {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        return c;
    }
}
