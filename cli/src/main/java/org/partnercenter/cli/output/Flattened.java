package org.partnercenter.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The columns of a resource no command chose columns for: every scalar field, nested ones as dotted paths,
 * without the API's plumbing ({@code links}, {@code attributes}) that people and spreadsheets do not want.
 */
final class Flattened {

    private static final Set<String> PLUMBING = Set.of("links", "attributes");

    private Flattened() {
    }

    static List<Column> columns(JsonNode item) {
        List<Column> columns = new ArrayList<>();
        collect(item, "", columns);
        return columns;
    }

    private static void collect(JsonNode node, String prefix, List<Column> columns) {
        node.fields().forEachRemaining(field -> {
            if (PLUMBING.contains(field.getKey())) {
                return;
            }
            String path = prefix + field.getKey();
            if (field.getValue().isObject()) {
                collect(field.getValue(), path + ".", columns);
            } else {
                columns.add(Column.of(path, path));
            }
        });
    }
}
