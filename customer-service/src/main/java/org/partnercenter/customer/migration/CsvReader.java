package org.partnercenter.customer.migration;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: commas, double-quoted fields with doubled quotes and line breaks inside, CRLF or LF. */
final class CsvReader {

    /** A record and the line of the file it starts on. */
    record Record(int line, List<String> fields) {
    }

    private CsvReader() {
    }

    static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(records, recordLine, fields);
                fields = new ArrayList<>();
                recordLine = ++line;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        addUnlessBlank(records, recordLine, fields);
        return records;
    }

    private static void addUnlessBlank(List<Record> records, int line, List<String> fields) {
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
            records.add(new Record(line, fields));
        }
    }
}
