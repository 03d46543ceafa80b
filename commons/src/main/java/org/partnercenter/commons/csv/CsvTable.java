package org.partnercenter.commons.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.partnercenter.commons.json.DocumentLimits;

/**
 * A CSV file (RFC 4180) read row by row as it arrives, never whole: its first row names the columns, each further
 * one is a {@link CsvRow}. It reads what spreadsheets save: UTF-8 with or without a byte-order mark (Excel's "CSV
 * UTF-8" writes one), lines ending in CRLF or LF, quoted fields holding commas, doubled quotes and line breaks; blank
 * lines are skipped. A field or a row longer than its {@link Limits} refuses the file as soon as it is seen, so a
 * hostile file cannot fill the memory. Whatever makes a file unreadable is a 400 saying {@code line N: reason}, with
 * N the line as an editor or a spreadsheet shows it: a line break inside a quoted field starts a new line there too.
 */
public final class CsvTable implements Closeable {

    /** The longest field, and the longest row with its separators, in characters. */
    public record Limits(int maxFieldLength, int maxRowLength) {

        /** A field as long as the longest string of a JSON body; a row of ten such. */
        public static final Limits DEFAULT = new Limits(DocumentLimits.MAX_STRING_LENGTH,
                10 * DocumentLimits.MAX_STRING_LENGTH);
    }

    private static final CsvFactory DEFAULT_FACTORY = factory(Limits.DEFAULT);

    private final CsvParser parser;
    private final Limits limits;
    private final int width;
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> unknownColumns = new ArrayList<>();

    private CsvTable(CsvParser parser, Limits limits, UnaryOperator<String> columnName) throws IOException {
        this.parser = parser;
        this.limits = limits;
        parser.nextToken(); // the array that wraps the whole file
        CsvRow header = read(Integer.MAX_VALUE);
        this.width = header == null ? 0 : header.width();
        for (int i = 0; i < width; i++) {
            String cell = header.get(i);
            // The parser skips a byte-order mark once it has four bytes to look at: not in a file of the mark alone.
            String name = columnName.apply(i == 0 && cell.startsWith("\uFEFF") ? cell.substring(1) : cell);
            if (name == null) {
                unknownColumns.add(cell);
            } else {
                positions.put(name, i);
            }
        }
    }

    /**
     * Reads the header row: {@code columnName} names the column of each header cell (as sent, spaces included), or
     * answers null for a cell it does not know, which {@link #unknownColumns()} then lists.
     */
    public static CsvTable open(InputStream in, UnaryOperator<String> columnName) {
        return open(in, columnName, Limits.DEFAULT);
    }

    public static CsvTable open(InputStream in, UnaryOperator<String> columnName, Limits limits) {
        CsvFactory factory = limits.equals(Limits.DEFAULT) ? DEFAULT_FACTORY : factory(limits);
        CsvParser parser = null;
        try {
            // A request without a body is an empty file.
            parser = factory.createParser(in == null ? InputStream.nullInputStream() : in);
            return new CsvTable(parser, limits, columnName);
        } catch (IOException e) {
            throw CsvProblems.of(e, parser, limits);
        }
    }

    /** True when the file has no row at all, not even a header. */
    public boolean isEmpty() {
        return width == 0;
    }

    /** The number of cells of the header row. */
    public int width() {
        return width;
    }

    public boolean has(String column) {
        return positions.containsKey(column);
    }

    /** The header cells that name no column, as sent. */
    public List<String> unknownColumns() {
        return List.copyOf(unknownColumns);
    }

    /** The next row, or null after the last one. */
    public CsvRow next() {
        try {
            return read(width);
        } catch (IOException e) {
            throw CsvProblems.of(e, parser, limits);
        }
    }

    /** Frees the parser's buffers; the stream read stays open, it is its owner's. */
    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row keeps its first {@code kept} fields (the ones the header names) and counts the others. */
    private CsvRow read(int kept) throws IOException {
        for (JsonToken row = parser.nextToken(); row == JsonToken.START_ARRAY; row = parser.nextToken()) {
            List<String> fields = new ArrayList<>(Math.min(kept, 32));
            int line = 0;
            int fieldCount = 0;
            long length = -1;
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                String field = parser.getText();
                if (fieldCount == 0) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                length += field.length() + 1;
                if (length > limits.maxRowLength()) {
                    throw CsvProblems.tooLong(line, "the row", limits.maxRowLength());
                }
                if (fieldCount < kept) {
                    fields.add(field);
                }
                fieldCount++;
            }
            if (fieldCount > 1 || (fieldCount == 1 && !fields.get(0).isBlank())) {
                return new CsvRow(line, fields, fieldCount, positions);
            }
        }
        return null;
    }

    private static CsvFactory factory(Limits limits) {
        return CsvFactory.builder()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .configure(StreamReadFeature.AUTO_CLOSE_SOURCE, false)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxFieldLength()).build())
                .build();
    }
}
