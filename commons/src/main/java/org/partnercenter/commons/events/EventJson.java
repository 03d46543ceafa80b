package org.partnercenter.commons.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.partnercenter.commons.json.WireJsonCustomizer;
import org.partnercenter.events.EventType;

/** Events are written and read with the wire conventions, also by plain Kafka clients outside CDI. */
public final class EventJson {

    /*
     * An envelope's data passes through a JSON tree, which drops a decimal's trailing zeros (100.00 becomes 1E+2);
     * written plain, every consumer (and person reading the topic) sees 100, never an exponent.
     */
    private static final ObjectMapper MAPPER = WireJsonCustomizer.configure(new ObjectMapper())
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON", e);
        }
    }

    public static EventEnvelope read(String json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CloudEvents JSON envelope", e);
        }
    }

    /** The typed payload of an event; unknown fields are ignored. */
    public static <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return MAPPER.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + envelope.id() + " has no valid " + type.getSimpleName(), e);
        }
    }

    /** The payload of an event of {@code type}, read as its producer's record; unknown fields are ignored. */
    public static <T> T data(EventEnvelope envelope, EventType<T> type) {
        if (!envelope.is(type)) {
            throw new IllegalArgumentException("event " + envelope.id() + " is a " + envelope.type() + ", not a "
                    + type.name());
        }
        return data(envelope, type.payload());
    }

    /** The payload of an event of one of {@code types} (a family sharing one payload record, as customer.*). */
    public static <T> T dataOfAny(EventEnvelope envelope, List<EventType<T>> types) {
        return data(envelope, types.stream().filter(envelope::is).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("event " + envelope.id() + " is a " + envelope.type()
                        + ", not one of " + types.stream().map(EventType::name).toList())));
    }
}
