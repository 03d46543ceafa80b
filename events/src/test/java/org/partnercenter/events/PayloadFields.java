package org.partnercenter.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A payload record's fields as their JSON kinds, nested records' fields under their path
 * ({@code records[].meterId}): what TOPICS.md and the samples are checked against.
 */
final class PayloadFields {

    private PayloadFields() {
    }

    static Map<String, String> of(Class<?> payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        add("", payload, fields);
        return fields;
    }

    private static void add(String prefix, Class<?> record, Map<String, String> fields) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            Type type = component.getGenericType();
            if (Collection.class.isAssignableFrom(component.getType())) {
                Class<?> element = typeArgument(type, 0);
                fields.put(path, "array of " + kind(element));
                if (element.isRecord()) {
                    add(path + "[].", element, fields);
                }
            } else if (Map.class.isAssignableFrom(component.getType())) {
                fields.put(path, "object of " + kind(typeArgument(type, 1)));
            } else {
                fields.put(path, kind(component.getType()));
                if (component.getType().isRecord()) {
                    add(path + ".", component.getType(), fields);
                }
            }
        }
    }

    private static String kind(Class<?> type) {
        if (type == UUID.class) {
            return "string (uuid)";
        }
        if (type == Instant.class || type == LocalDate.class) {
            return "string (ISO-8601)";
        }
        if (type == String.class || type.isEnum()) {
            return "string";
        }
        if (type == BigDecimal.class) {
            return "number (decimal)";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "number (integer)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type.isRecord()) {
            return "object";
        }
        throw new IllegalArgumentException("no JSON kind for " + type + ": add one to PayloadFields");
    }

    private static Class<?> typeArgument(Type type, int index) {
        Type argument = ((ParameterizedType) type).getActualTypeArguments()[index];
        return argument instanceof Class<?> c ? c : (Class<?>) ((ParameterizedType) argument).getRawType();
    }
}
