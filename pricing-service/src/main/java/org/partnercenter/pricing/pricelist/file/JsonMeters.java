package org.partnercenter.pricing.pricelist.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One JSON meter in the rate card's {@code AzureMeter} shape, read straight off the parser (no tree: 50,000 of them
 * are read per publish), its values as text, property names in any case.
 */
final class JsonMeters {

    private JsonMeters() {
    }

    /** Reads the meter object the parser is on, up to and including its end. */
    static MeterInput meter(Position position, JsonParser parser) throws IOException {
        List<String> problems = new ArrayList<>();
        List<RawTier> tiers = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String[] values = new String[FIELDS.size()];
        String meterId = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName().toLowerCase(Locale.ROOT);
            parser.nextToken();
            int index = FIELDS.indexOf(field);
            if (index >= 0) {
                values[index] = scalar(parser, NAMES.get(index), problems);
            } else if (field.equals("meterid")) {
                // The rate card names it id; the CSV columns (and some exports) meterId.
                meterId = scalar(parser, "meterId", problems);
            } else if (field.equals("rates")) {
                rates(parser, tiers, problems);
            } else if (field.equals("tags")) {
                tags(parser, tags, problems);
            } else {
                parser.skipChildren();
            }
        }
        return new MeterInput(position, values[0] == null ? meterId : values[0], values[1], values[2], values[3],
                values[4], values[5], values[6], tiers, values[7], tags, problems);
    }

    private static final List<String> NAMES = List.of("id", "name", "category", "subcategory", "region", "unit",
            "includedQuantity", "effectiveDate");
    private static final List<String> FIELDS = NAMES.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();

    private static void rates(JsonParser parser, List<RawTier> tiers, List<String> problems) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            problems.add("rates must be an object of tier start quantity to unit price, such as {\"0\": 0.02}");
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String start = parser.currentName();
            parser.nextToken();
            tiers.add(new RawTier(null, start, scalar(parser, "rates['" + start + "']", problems)));
        }
    }

    private static void tags(JsonParser parser, List<String> tags, List<String> problems) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        boolean strings = parser.currentToken() == JsonToken.START_ARRAY;
        if (strings) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    tags.add(parser.getText());
                } else {
                    strings = false;
                    parser.skipChildren();
                }
            }
        } else {
            parser.skipChildren();
        }
        if (!strings) {
            problems.add("tags must be an array of strings");
        }
    }

    /** A string or number as text (numbers exactly as sent), null for null; anything else is a problem. */
    static String scalar(JsonParser parser, String name, List<String> problems) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getText();
        }
        if (token != JsonToken.VALUE_NULL) {
            problems.add(name + " must be a string or a number, not " + (token == JsonToken.START_OBJECT ? "an object"
                    : token == JsonToken.START_ARRAY ? "an array" : parser.getText()));
            parser.skipChildren();
        }
        return null;
    }
}
