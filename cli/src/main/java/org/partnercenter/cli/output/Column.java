package org.partnercenter.cli.output;

import com.fasterxml.jackson.databind.JsonNode;

/** A table or CSV column: its header, and the dotted path of the field it shows ({@code companyProfile.domain}). */
public record Column(String header, String path) {

    public static Column of(String header, String path) {
        return new Column(header, path);
    }

    public String valueIn(JsonNode item) {
        JsonNode node = item;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            // Lists of names or of resources (a user's roles): their ids, comma-separated, read better than JSON.
            java.util.List<String> parts = new java.util.ArrayList<>();
            node.forEach(element -> parts.add(element.isValueNode() ? element.asText()
                    : element.has("id") ? element.path("id").asText() : element.toString()));
            return String.join(",", parts);
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString(); // 0.00000010 as written, never 1.0E-7
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
