package org.partnercenter.commons.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.StorableText;
import org.partnercenter.commons.json.WireEnums;

/**
 * The real API's {@code filter} query parameter: a URL-encoded JSON object
 * {@code {"Field": "CompanyName", "Value": "Cont", "Operator": "starts_with"}}. Clients send the property
 * names and the enum values in any case (the SDK writes PascalCase, scripts often write lower case), so
 * both are matched leniently; anything else is a 400 that names what is wrong and what is accepted. Each collection
 * states which operators each of its fields accepts; a field that accepts one needs none to be sent.
 *
 * @param <F> the fields a collection can be searched by, in the wire's spelling ({@code COMPANY_NAME})
 */
public record SearchFilter<F extends Enum<F>>(F field, String value, SearchOperator operator) {

    public static final String PARAMETER = "filter";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@link #parse(String, Class, Map)} for a collection whose every field is searched by its start only. */
    public static <F extends Enum<F>> Optional<SearchFilter<F>> parse(String filter, Class<F> fields) {
        Map<F, Set<SearchOperator>> operators = new EnumMap<>(fields);
        for (F field : fields.getEnumConstants()) {
            operators.put(field, EnumSet.of(SearchOperator.STARTS_WITH));
        }
        return parse(filter, fields, operators);
    }

    /**
     * Empty when no filter was sent.
     *
     * @param operators what each field can be searched with; a field it does not name is not searchable
     */
    public static <F extends Enum<F>> Optional<SearchFilter<F>> parse(String filter, Class<F> fields,
            Map<F, Set<SearchOperator>> operators) {
        if (filter == null || filter.isBlank()) {
            return Optional.empty();
        }
        JsonNode node = readObject(filter);
        String fieldText = property(node, "field");
        String value = property(node, "value");
        String operatorText = property(node, "operator");
        List<String> problems = new ArrayList<>();
        Optional<F> field = WireEnums.find(fields, fieldText).filter(operators::containsKey);
        if (field.isEmpty()) {
            problems.add("filter.Field: " + (fieldText == null ? "missing" : "'" + fieldText + "' is not searchable")
                    + ", expected one of " + pascalNames(operators.keySet()));
        }
        if (value == null || value.isEmpty()) {
            problems.add("filter.Value: missing, expected the text to search for");
        } else if (StorableText.problem(value) != null) {
            problems.add("filter.Value: " + StorableText.problem(value));
        }
        Set<SearchOperator> accepted = field.map(operators::get).orElseGet(() -> anyOf(operators));
        Optional<SearchOperator> operator = operatorText == null
                ? (accepted.size() == 1 ? accepted.stream().findFirst() : Optional.empty())
                : WireEnums.find(SearchOperator.class, operatorText).filter(accepted::contains);
        if (operator.isEmpty()) {
            problems.add("filter.Operator: " + (operatorText == null ? "missing" : "'" + operatorText
                    + "' is not supported") + field.map(f -> " for " + pascalName(f)).orElse("")
                    + ", expected " + (accepted.size() == 1 ? "" : "one of ") + wireNames(accepted));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The filter is not valid: " + String.join("; ", problems) + ".", problems);
        }
        return Optional.of(new SearchFilter<>(field.get(), value, operator.get()));
    }

    /**
     * The value as a SQL {@code LIKE} pattern (its escape character a backslash) matching every text that starts
     * with it, case-insensitively: compare it with the lower-cased text.
     */
    public String likePrefixPattern() {
        return likeEscaped() + "%";
    }

    /** As {@link #likePrefixPattern}, matching every text that contains the value. */
    public String likeSubstringPattern() {
        return "%" + likeEscaped() + "%";
    }

    private String likeEscaped() {
        return value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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

    private static Set<SearchOperator> anyOf(Map<?, Set<SearchOperator>> operators) {
        Set<SearchOperator> any = EnumSet.noneOf(SearchOperator.class);
        operators.values().forEach(any::addAll);
        return any;
    }

    private static String wireNames(Set<SearchOperator> operators) {
        return operators.stream().sorted().map(WireEnums::wireName).collect(Collectors.joining(", "));
    }

    private static <F extends Enum<F>> String pascalNames(Set<F> fields) {
        return fields.stream().sorted().map(SearchFilter::pascalName).collect(Collectors.joining(", "));
    }

    private static String pascalName(Enum<?> field) {
        StringBuilder name = new StringBuilder();
        for (String word : field.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
