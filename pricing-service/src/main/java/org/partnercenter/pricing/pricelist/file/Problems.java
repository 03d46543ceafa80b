package org.partnercenter.pricing.pricelist.file;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a price list, by row: each row once, with all its reasons, in file order. Only the first
 * {@code maxRows} rows found with a problem are kept (fields of the list as a whole, of which there are few, always
 * are); problems of further rows are only counted, so a file of 200,000 bad rows cannot fill the memory.
 */
public final class Problems {

    private final int maxRows;
    private final Map<Position, List<String>> byPosition = new LinkedHashMap<>();
    private int rows;
    private long unlisted;
    private long added;

    public Problems(int maxRows) {
        this.maxRows = Math.max(0, maxRows);
    }

    public void add(Position position, String reason) {
        added++;
        List<String> reasons = byPosition.get(position);
        if (reasons == null) {
            boolean row = position.line() > 0;
            if (row && rows >= maxRows) {
                unlisted++;
                return;
            }
            if (row) {
                rows++;
            }
            reasons = new ArrayList<>();
            byPosition.put(position, reasons);
        }
        reasons.add(reason);
    }

    public boolean isEmpty() {
        return added == 0;
    }

    /** True if some row of the file (not a field of the list as a whole) has a problem. */
    public boolean hasRowProblems() {
        return rows > 0;
    }

    public boolean has(Position position) {
        return byPosition.containsKey(position);
    }

    /** The number of rows (or fields) with a problem that are listed. */
    public int count() {
        return byPosition.size();
    }

    /** How many problems were found on rows beyond the listed ones (a row with two problems counts twice). */
    public long unlisted() {
        return unlisted;
    }

    /** How many problems were ever added: grows with each one, listed or not. */
    public long added() {
        return added;
    }

    /** The listed entries such as {@code line 12: unitPrice 'x' is not a number; unit is required}, by line. */
    public List<String> describe() {
        return byPosition.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getKey().line()))
                .map(e -> e.getKey().label() + ": " + String.join("; ", e.getValue()))
                .toList();
    }
}
