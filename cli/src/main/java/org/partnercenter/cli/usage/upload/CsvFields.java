package org.partnercenter.cli.usage.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a stream, one at a time: fields separated by commas, a field in double quotes may hold
 * commas, line breaks and doubled quotes ({@code ""}). A record that spans lines is one record; {@link #line()}
 * is the line it starts on, as an editor numbers it.
 */
final class CsvFields {

    /** A line that is not CSV; the message says what is wrong with it. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final BufferedReader in;
    private long linesRead;
    private long line;

    CsvFields(BufferedReader in) {
        this.in = in;
    }

    /** The line the last record read starts on (1 is the file's first). */
    long line() {
        return line;
    }

    /** The lines read so far, the last record's included. */
    long linesRead() {
        return linesRead;
    }

    /** The next record's fields; empty lines are skipped; null at the end of the file. */
    List<String> next() throws IOException, Malformed {
        String text = in.readLine();
        while (text != null && text.isEmpty()) {
            linesRead++;
            text = in.readLine();
        }
        if (text == null) {
            return null;
        }
        linesRead++;
        line = linesRead;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return fields;
                }
                text = in.readLine();
                if (text == null) {
                    throw new Malformed("a quoted field is not closed before the end of the file");
                }
                linesRead++;
                field.append('\n');
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (afterQuote) {
                throw new Malformed("a quoted field (field " + (fields.size() + 1) + ") goes on after its closing "
                        + "quote: quotes inside a quoted field are doubled (\"\")");
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == '"') {
                throw new Malformed("field " + (fields.size() + 1) + " has a quote but does not start with one: "
                        + "quote the whole field and double the quotes inside it");
            } else {
                field.append(c);
            }
        }
    }
}
