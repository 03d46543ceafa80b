package org.partnercenter.customer.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds migration files, CSV or JSON, from customers described column by column; valid unless changed. */
public final class MigrationFileBuilder {

    private static final List<String> COLUMNS = List.of("companyName", "domain", "email", "culture", "language",
            "firstName", "lastName", "addressLine1", "city", "state", "postalCode", "country", "offerIds");

    private final List<Map<String, String>> rows = new ArrayList<>();

    public static MigrationFileBuilder file() {
        return new MigrationFileBuilder();
    }

    public MigrationFileBuilder customer(String companyName) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("companyName", companyName);
        row.put("domain", CustomerBodies.uniqueDomain());
        row.put("email", "billing@" + companyName.toLowerCase().replace(" ", "") + ".test");
        row.put("culture", "en-US");
        row.put("language", "en");
        row.put("firstName", "Mia");
        row.put("lastName", "Grant");
        row.put("addressLine1", "1 Main Street, Suite \"A\"");
        row.put("city", "Seattle");
        row.put("state", "WA");
        row.put("postalCode", "98101");
        row.put("country", "US");
        row.put("offerIds", "DZH318Z0BCZC");
        rows.add(row);
        return this;
    }

    /** Changes a column of the last customer added. */
    public MigrationFileBuilder with(String column, String value) {
        rows.get(rows.size() - 1).put(column, value);
        return this;
    }

    public String csv() {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                String value = row.getOrDefault(column, "");
                cells.add("\"" + value.replace("\"", "\"\"") + "\"");
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * The file as Excel saves it as "CSV UTF-8": a byte-order mark, CRLF line ends, a field quoted only when it holds
     * a comma, a quote or a line break.
     */
    public byte[] excelCsv() {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                String value = row.getOrDefault(column, "");
                boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
                cells.add(plain ? value : "\"" + value.replace("\"", "\"\"") + "\"");
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public List<Map<String, String>> json() {
        return rows;
    }
}
