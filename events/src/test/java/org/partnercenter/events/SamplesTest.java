package org.partnercenter.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every event type has a committed sample, and the sample is of that type and version with only fields its payload
 * record has, of their kinds: a field renamed in a record but not in its sample fails here, before any consumer test.
 */
class SamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldHaveASampleOfItsTypeAndVersionWhenAnEventTypeIsInTheCatalogue() throws IOException {
        for (EventType<?> type : EventCatalogue.ALL) {
            JsonNode sample = read(type);

            assertThat(sample.path("type").asText()).as("type of %s", type.sample()).isEqualTo(type.name());
            assertThat(sample.path("schemaversion").asInt()).as("schemaversion of %s", type.sample())
                    .isEqualTo(type.schemaVersion());
        }
    }

    @Test
    void shouldHoldOnlyPayloadFieldsOfTheirKindsWhenASampleIsRead() throws IOException {
        for (EventType<?> type : EventCatalogue.ALL) {
            Map<String, String> sampled = new LinkedHashMap<>();
            kinds("", read(type).path("data"), sampled);
            Map<String, String> declared = PayloadFields.of(type.payload());

            sampled.forEach((field, kind) -> {
                assertThat(declared).as("%s: field '%s' of the sample", type, field).containsKey(field);
                assertThat(declared.get(field)).as("%s: kind of '%s'", type, field).startsWith(kind);
            });
        }
    }

    private static void kinds(String prefix, JsonNode object, Map<String, String> into) {
        object.fields().forEachRemaining(field -> {
            String path = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                into.put(path, "array");
                if (!value.isEmpty() && value.get(0).isObject()) {
                    kinds(path + "[].", value.get(0), into);
                }
            } else if (value.isObject()) {
                into.put(path, "object");
            } else {
                into.put(path, value.isTextual() ? "string" : value.isNumber() ? "number" : "boolean");
            }
        });
    }

    private static JsonNode read(EventType<?> type) throws IOException {
        try (InputStream in = SamplesTest.class.getResourceAsStream(type.sample())) {
            assertThat(in).as("a committed sample of %s at %s", type, type.sample()).isNotNull();
            return JSON.readTree(in);
        }
    }
}
