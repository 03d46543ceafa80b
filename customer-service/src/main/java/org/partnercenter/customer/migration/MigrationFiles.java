package org.partnercenter.customer.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnercenter.commons.csv.CsvRow;
import org.partnercenter.commons.csv.CsvTable;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.json.DocumentLimits;
import org.partnercenter.commons.json.StorableText;
import org.partnercenter.commons.json.WireJsonCustomizer;

/**
 * Reads a migration file into rows. Only the file's shape is checked here (a header we know, an array of
 * objects, text that can be kept as sent); each row's content is checked when it is imported, so one bad row
 * never refuses the file.
 */
final class MigrationFiles {

    /** A file is a request body: the same strict reading as every other (a key twice, deep nesting: 400). */
    private static final ObjectMapper JSON = WireJsonCustomizer.configure(new ObjectMapper());

    private MigrationFiles() {
    }

    static List<MigrationRow> csv(InputStream body) {
        try (CsvTable table = CsvTable.open(body, MigrationFiles::csvColumn)) {
            if (table.isEmpty()) {
                throw ApiException.badRequest("The CSV file is empty: send a header line naming the columns ("
                        + String.join(",", MigrationRow.COLUMNS) + ") and one line per customer.", List.of("body"));
            }
            if (!table.unknownColumns().isEmpty() || !table.has("domain")) {
                throw ApiException.badRequest("The CSV header must name the columns " + String.join(",",
                        MigrationRow.COLUMNS) + " (domain at least); unknown: " + table.unknownColumns() + ".",
                        List.of("header"));
            }
            List<MigrationRow> rows = new ArrayList<>();
            for (CsvRow record = table.next(); record != null; record = table.next()) {
                Map<String, String> values = new HashMap<>();
                for (String column : MigrationRow.COLUMNS) {
                    String value = record.get(column);
                    if (value != null) {
                        values.put(column, value);
                    }
                }
                rows.add(row(record.line(), values));
            }
            return rows;
        }
    }

    /** Malformed JSON is thrown as it is, for the commons answer that says where. */
    static List<MigrationRow> json(String text) throws JsonProcessingException {
        JsonNode items = JSON.readTree(text == null ? "" : text);
        if (items == null || !items.isArray()) {
            throw ApiException.badRequest("The JSON file must be an array of customers, each an object with "
                    + String.join(", ", MigrationRow.COLUMNS) + ".", List.of("body"));
        }
        List<MigrationRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, String> values = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = items.get(i).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode value = entry.getValue();
                values.put(column(entry.getKey()), value.isArray() ? join(value) : value.isNull() ? null : value.asText());
            }
            rows.add(row(i + 1, values));
        }
        return rows;
    }

    private static MigrationRow row(int line, Map<String, String> v) {
        v.forEach((column, value) -> storable(line, column, value));
        String offers = v.get("offerIds");
        List<String> offerIds = offers == null || offers.isBlank() ? List.of()
                : Arrays.stream(offers.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new MigrationRow(line, v.get("companyName"), v.get("domain"), v.get("email"), v.get("culture"),
                v.get("language"), v.get("firstName"), v.get("lastName"), v.get("addressLine1"), v.get("addressLine2"),
                v.get("city"), v.get("state"), v.get("postalCode"), v.get("country"), v.get("phoneNumber"),
                v.get("associatedPartnerId"), offerIds);
    }

    /**
     * The file is kept as JSON text until its job has run: a value that text cannot hold as sent (NUL, a lone
     * surrogate, more than any column takes) refuses the file, as malformed JSON does, instead of being changed.
     */
    private static void storable(int line, String column, String value) {
        String problem = value != null && value.length() > DocumentLimits.MAX_STRING_LENGTH
                ? "is longer than " + DocumentLimits.MAX_STRING_LENGTH + " characters, which no column holds"
                : StorableText.problem(value);
        if (problem != null) {
            String name = Excerpt.of(column);
            throw ApiException.badRequest("Line " + line + ": " + name + " " + problem + ".",
                    List.of("line " + line + ": " + name + " " + problem));
        }
    }

    /** A header cell's column: ours in any case, spaces around it ignored; a blank cell names a column we ignore. */
    private static String csvColumn(String cell) {
        String name = column(cell.trim());
        return name.isEmpty() || MigrationRow.COLUMNS.contains(name) ? name : null;
    }

    /** Maps a header or property name in any case to our column name. */
    private static String column(String name) {
        for (String column : MigrationRow.COLUMNS) {
            if (column.equalsIgnoreCase(name)) {
                return column;
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(node -> parts.add(node.isObject() ? node.path("offerId").asText() : node.asText()));
        return String.join(";", parts);
    }
}
