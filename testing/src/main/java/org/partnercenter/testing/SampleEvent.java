package org.partnercenter.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.EventType;

/**
 * A producer's sample event as a consumer test publishes it: the sample's payload with the ids the test needs.
 * Only fields the sample has can be changed, so a test never invents a field its producer does not send.
 */
public final class SampleEvent {

    private final EventType<?> type;
    private final ObjectNode envelope;

    SampleEvent(EventType<?> type, ObjectNode envelope) {
        this.type = type;
        this.envelope = envelope;
    }

    /** The payload field set to {@code value} (its JSON form); {@code null} leaves it out, as producers do. */
    public SampleEvent with(String field, Object value) {
        ObjectNode data = data();
        if (!data.has(field)) {
            throw new AssertionError("the sample of " + type + " has no field '" + field + "': the producer renamed "
                    + "or dropped it (" + type.sample() + ")");
        }
        if (value == null) {
            data.remove(field);
        } else {
            data.set(field, EventJson.mapper().valueToTree(value));
        }
        return this;
    }

    /** Adds a field the producer does not send (yet): consumers ignore fields they do not know. */
    public SampleEvent withAFieldFromTheFuture() {
        data().put("aFieldFromTheFuture", "ignored");
        return this;
    }

    /**
     * The sample's value of a payload field, as text: what a consumer should have stored from it. A field of a nested
     * object is named by its path, {@code address.city}.
     */
    public String text(String field) {
        JsonNode value = data().at("/" + field.replace('.', '/'));
        if (value.isMissingNode() || !value.isValueNode()) {
            throw new AssertionError("the sample of " + type + " has no value field '" + field + "'");
        }
        return value.asText();
    }

    /** A new event with this payload: a new id each time, the given subject, the sample's time. */
    public EventEnvelope envelope(Object subject) {
        ObjectNode copy = envelope.deepCopy();
        copy.put("id", UUID.randomUUID().toString());
        copy.put("subject", subject.toString());
        return EventJson.mapper().convertValue(copy, EventEnvelope.class);
    }

    private ObjectNode data() {
        return (ObjectNode) envelope.get("data");
    }
}
