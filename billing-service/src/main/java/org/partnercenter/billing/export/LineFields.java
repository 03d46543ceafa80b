package org.partnercenter.billing.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.List;
import org.partnercenter.billing.lineitem.DailyRatedUsageLineItemView;

/**
 * The fields of an exported line, taken from the line item as the service's ObjectMapper writes it for the paged
 * API, so that an export's values are the API's to the character (plain decimals, ISO dates, empty text).
 */
final class LineFields {

    /** The JSON's {@code attributes} object says what the row is; a CSV file's name says it already. */
    private static final String ATTRIBUTES = "attributes";

    private final ObjectMapper mapper;
    private final List<String> names;

    private LineFields(ObjectMapper mapper, List<String> names) {
        this.mapper = mapper;
        this.names = names;
    }

    /** The full set: every property the mapper writes, in its order; a CSV leaves {@code attributes} out. */
    static LineFields of(ObjectMapper mapper, AttributeSet set, boolean scalarOnly) {
        if (set == AttributeSet.BASIC) {
            return new LineFields(mapper, AttributeSet.BASIC_FIELDS);
        }
        List<String> all = mapper.getSerializationConfig()
                .introspect(mapper.constructType(DailyRatedUsageLineItemView.class)).findProperties().stream()
                .map(BeanPropertyDefinition::getName)
                .filter(name -> !scalarOnly || !ATTRIBUTES.equals(name)).toList();
        return new LineFields(mapper, all);
    }

    List<String> names() {
        return names;
    }

    /** The line's fields of this set, in order. */
    ObjectNode select(DailyRatedUsageLineItemView line) {
        JsonNode all = mapper.valueToTree(line);
        ObjectNode selected = mapper.createObjectNode();
        for (String name : names) {
            JsonNode value = all.get(name);
            if (value != null) {
                selected.set(name, value);
            }
        }
        return selected;
    }

    /** The fields as CSV cells: text as it is, decimals plain, a missing field empty. */
    String[] cells(DailyRatedUsageLineItemView line) {
        JsonNode all = mapper.valueToTree(line);
        String[] cells = new String[names.size()];
        for (int i = 0; i < cells.length; i++) {
            JsonNode value = all.get(names.get(i));
            cells[i] = value == null || value.isNull() ? "" : value.isBigDecimal()
                    ? value.decimalValue().toPlainString() : value.asText();
        }
        return cells;
    }
}
