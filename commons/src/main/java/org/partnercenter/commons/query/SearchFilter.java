package org.partnercenter.commons.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.StorableText;
import org.partnercenter.commons.json.WireEnums;

/**
 * The real API's {@code filter} query parameter: a URL-encoded JSON object
 * {@code {"Field": "CompanyName", "Value": "Cont", "Operator": "starts_with"}}. Clients send the property
 * names and the enum values in any case (the SDK writes PascalCase, scripts often write lower case), so
 * both are matched leniently; anything else is a 400 that names what is wrong and what is accepted.
 *
 * @param <F> the fields a collection can be searched by, in the wire's spelling ({@code COMPANY_NAME})
 */
public record SearchFilter<F extends Enum<F>>(F field, String value, SearchOperator operator) {

    public static final String PARAMETER = "filter";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Empty when no filter was sent. */
    public static <F extends Enum<F>> Optional<SearchFilter<F>> parse(String filter, Class<F> fields) {
        if (filter == null || filter.isBlank()) {
            return Optional.empty();
        }
        JsonNode node = readObject(filter);
        String fieldText = property(node, "field");
        String value = property(node, "value");
        String operatorText = property(node, "operator");
        List<String> problems = new ArrayList<>();
        Optional<F> field = WireEnums.find(fields, fieldText);
        if (field.isEmpty()) {
            problems.add("filter.Field: " + (fieldText == null ? "missing" : "'" + fieldText + "' is not searchable")
                    + ", expected one of " + pascalNames(fields));
        }
        if (value == null || value.isEmpty()) {
            problems.add("filter.Value: missing, expected the text to search for");
        } else if (StorableText.problem(value) != null) {
            problems.add("filter.Value: " + StorableText.problem(value));
        }
        Optional<SearchOperator> operator = operatorText == null ? Optional.of(SearchOperator.STARTS_WITH)
                : WireEnums.find(SearchOperator.class, operatorText);
        if (operator.isEmpty()) {
            problems.add("filter.Operator: '" + operatorText + "' is not supported, expected one of "
                    + WireEnums.allowed(SearchOperator.class));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The filter is not valid: " + String.join("; ", problems) + ".", problems);
        }
        return Optional.of(new SearchFilter<>(field.get(), value, operator.get()));
    }

    /** The value as a SQL {@code LIKE} pattern matching every text that starts with it, case-insensitively. */
    public String likePrefixPattern() {
        String escaped = value.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return escaped + "%";
    }

    private static JsonNode readObject(String filter) {
        try {
            JsonNode node = JSON.readTree(filter);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // answered below, with the expected shape
        }
        throw ApiException.badRequest("The filter must be a URL-encoded JSON object such as "
                + "{\"Field\":\"CompanyName\",\"Value\":\"Cont\",\"Operator\":\"starts_with\"}.", List.of(PARAMETER));
    }

    private static String property(JsonNode node, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isNull()) {
                return entry.getValue().asText();
            }
        }
        return null;
    }

    private static String pascalNames(Class<? extends Enum<?>> fields) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : fields.getEnumConstants()) {
            StringBuilder name = new StringBuilder();
            for (String word : constant.name().toLowerCase(Locale.ROOT).split("_")) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            names.add(name.toString());
        }
        return String.join(", ", names);
    }
}
