package org.partnercenter.pricing.pricelist.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One JSON meter in the rate card's {@code AzureMeter} shape, its values as text, property names in any case. */
final class JsonMeters {

    private JsonMeters() {
    }

    static MeterInput meter(Position position, JsonNode node) {
        Map<String, JsonNode> fields = new java.util.HashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            fields.put(field.getKey().toLowerCase(Locale.ROOT), field.getValue());
        }
        List<String> problems = new ArrayList<>();
        // The rate card names it id; the CSV columns (and some exports) meterId.
        String id = fields.containsKey("id") ? text(fields, "id", problems) : text(fields, "meterId", problems);
        return new MeterInput(position, id, text(fields, "name", problems),
                text(fields, "category", problems), text(fields, "subcategory", problems),
                text(fields, "region", problems), text(fields, "unit", problems),
                text(fields, "includedQuantity", problems), rates(fields.get("rates"), problems),
                text(fields, "effectiveDate", problems), tags(fields.get("tags"), problems), problems);
    }

    private static List<RawTier> rates(JsonNode rates, List<String> problems) {
        List<RawTier> tiers = new ArrayList<>();
        if (rates == null || rates.isNull()) {
            return tiers;
        }
        if (!rates.isObject()) {
            problems.add("rates must be an object of tier start quantity to unit price, such as {\"0\": 0.02}");
            return tiers;
        }
        for (Map.Entry<String, JsonNode> tier : rates.properties()) {
            String price = value(tier.getValue());
            if (price == null && !tier.getValue().isNull()) {
                problems.add("rates['" + tier.getKey() + "'] must be a number");
            }
            tiers.add(new RawTier(null, tier.getKey(), price));
        }
        return tiers;
    }

    private static List<String> tags(JsonNode tags, List<String> problems) {
        List<String> values = new ArrayList<>();
        if (tags == null || tags.isNull()) {
            return values;
        }
        if (!tags.isArray()) {
            problems.add("tags must be an array of strings");
            return values;
        }
        for (JsonNode tag : tags) {
            if (!tag.isTextual()) {
                problems.add("tags must be an array of strings");
                return values;
            }
            values.add(tag.asText());
        }
        return values;
    }

    private static String text(Map<String, JsonNode> fields, String name, List<String> problems) {
        JsonNode node = fields.get(name.toLowerCase(Locale.ROOT));
        if (node == null || node.isNull()) {
            return null;
        }
        String value = value(node);
        if (value == null) {
            problems.add(name + " must be a single value, not " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return value;
    }

    /** A string or number as text (numbers exactly as sent), else null. */
    private static String value(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isNumber()) {
            return node.decimalValue().toString();
        }
        return null;
    }
}
