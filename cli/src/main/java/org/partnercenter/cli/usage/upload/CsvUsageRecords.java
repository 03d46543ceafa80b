package org.partnercenter.cli.usage.upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.partnercenter.cli.http.ApiClient;

/**
 * Usage records from CSV: a header naming the columns in any order and case, then one record per row; {@code tags}
 * is a JSON object in a quoted field ({@code "{""env"":""prod""}"}); an empty field is left out of the record.
 */
final class CsvUsageRecords implements UsageRecordSource {

    static final List<String> COLUMNS = List.of("id", "customerId", "subscriptionId", "meterId", "quantity", "unit",
            "usageStartTime", "usageEndTime", "region", "resourceUri", "tags");
    static final List<String> REQUIRED = COLUMNS.subList(0, 8);

    private final CsvFields rows;
    private final List<String> header;

    private CsvUsageRecords(CsvFields rows, List<String> header) {
        this.rows = rows;
        this.header = header;
    }

    static CsvUsageRecords open(BufferedReader in) throws IOException, BadLine {
        CsvFields rows = new CsvFields(in);
        List<String> names = read(rows);
        if (names == null) {
            throw new BadLine(1, "the file is empty: the first line is the header " + String.join(",", COLUMNS));
        }
        List<String> header = new ArrayList<>();
        for (String name : names) {
            String column = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name.trim())).findFirst()
                    .orElseThrow(() -> new BadLine(rows.line(), "the header names an unknown column '" + name
                            + "': the columns are " + String.join(",", COLUMNS)));
            if (header.contains(column)) {
                throw new BadLine(rows.line(), "the header names " + column + " twice");
            }
            header.add(column);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new BadLine(rows.line(), "the header lacks the column(s) " + String.join(",", missing));
        }
        return new CsvUsageRecords(rows, header);
    }

    @Override
    public UsageLine next() throws IOException, BadLine {
        List<String> fields = read(rows);
        if (fields == null) {
            return null;
        }
        if (fields.size() != header.size()) {
            throw new BadLine(rows.line(), "has " + fields.size() + " fields, the header names " + header.size());
        }
        ObjectNode record = ApiClient.JSON.createObjectNode();
        for (String column : COLUMNS) {
            int index = header.indexOf(column);
            String value = index < 0 ? "" : fields.get(index);
            if (!value.isEmpty()) {
                record.set(column, value(column, value));
            }
        }
        return new UsageLine(rows.line(), rows.linesRead(), record);
    }

    private JsonNode value(String column, String text) throws BadLine {
        switch (column) {
            case "quantity":
                try {
                    return ApiClient.JSON.getNodeFactory().numberNode(new BigDecimal(text.trim()));
                } catch (NumberFormatException e) {
                    throw new BadLine(rows.line(), "quantity '" + text + "' is not a number");
                }
            case "tags":
                try {
                    JsonNode tags = ApiClient.JSON.readTree(text);
                    if (tags != null && tags.isObject()) {
                        return tags;
                    }
                } catch (JsonProcessingException e) {
                    // said below, as for a value that is JSON but no object
                }
                throw new BadLine(rows.line(), "tags must be a JSON object such as {\"env\":\"prod\"}, in a "
                        + "quoted field with its quotes doubled");
            default:
                return ApiClient.JSON.getNodeFactory().textNode(text);
        }
    }

    private static List<String> read(CsvFields rows) throws IOException, BadLine {
        try {
            return rows.next();
        } catch (CsvFields.Malformed e) {
            throw new BadLine(rows.line(), e.getMessage());
        }
    }
}
