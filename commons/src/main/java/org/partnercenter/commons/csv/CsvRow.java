package org.partnercenter.commons.csv;

import java.util.List;
import java.util.Map;

/** A row of a {@link CsvTable}: its fields under the header's column names, and where it is in the file. */
public final class CsvRow {

    private final int line;
    private final List<String> fields;
    private final int width;
    private final Map<String, Integer> positions;

    CsvRow(int line, List<String> fields, int width, Map<String, Integer> positions) {
        this.line = line;
        this.fields = fields;
        this.width = width;
        this.positions = positions;
    }

    /** The line the row starts on, counting from 1 as an editor shows the file. */
    public int line() {
        return line;
    }

    /** How many fields the row has: a ragged row has fewer or more than the header has cells. */
    public int width() {
        return width;
    }

    /** The field under {@code column}, as sent; null when the header has no such column or the row ends before it. */
    public String get(String column) {
        Integer position = positions.get(column);
        return position == null ? null : get(position);
    }

    String get(int position) {
        return position < fields.size() ? fields.get(position) : null;
    }
}
