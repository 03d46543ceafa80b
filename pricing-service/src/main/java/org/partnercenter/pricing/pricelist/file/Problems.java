package org.partnercenter.pricing.pricelist.file;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What is wrong with a price list, by row: each row once, with all its reasons, in file order. */
public final class Problems {

    private final Map<Position, List<String>> byPosition = new LinkedHashMap<>();

    public void add(Position position, String reason) {
        byPosition.computeIfAbsent(position, p -> new ArrayList<>()).add(reason);
    }

    public boolean isEmpty() {
        return byPosition.isEmpty();
    }

    /** True if some row of the file (not a field of the list as a whole) has a problem. */
    public boolean hasRowProblems() {
        return byPosition.keySet().stream().anyMatch(position -> position.line() > 0);
    }

    public boolean has(Position position) {
        return byPosition.containsKey(position);
    }

    /** The number of rows (or fields) with a problem. */
    public int count() {
        return byPosition.size();
    }

    /** At most {@code max} entries such as {@code line 12: unitPrice 'x' is not a number; unit is required}. */
    public List<String> describe(int max) {
        return byPosition.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getKey().line()))
                .limit(max)
                .map(e -> e.getKey().label() + ": " + String.join("; ", e.getValue()))
                .toList();
    }
}
