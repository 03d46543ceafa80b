package org.partnercenter.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.EventType;

/**
 * The committed sample envelope of each event type (in the events module, next to the payload records), which
 * producers' contract tests keep equal in shape to what they really publish. Consumer tests publish these
 * samples instead of JSON of their own, so a field a producer renames or drops fails the consumer's test.
 */
public final class EventSamples {

    private EventSamples() {
    }

    /** The sample of {@code type}, to change the ids a test needs and publish. */
    public static SampleEvent of(EventType<?> type) {
        return new SampleEvent(type, json(type));
    }

    /** A fresh copy of the sample envelope as committed. */
    public static ObjectNode json(EventType<?> type) {
        try (InputStream in = EventSamples.class.getResourceAsStream(type.sample())) {
            if (in == null) {
                throw new IllegalStateException("no sample for " + type + " at " + type.sample() + ": write it with "
                        + "the producer's contract test and -D" + EventContract.WRITE + "=true");
            }
            return (ObjectNode) EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("sample of " + type + " is not readable", e);
        }
    }
}
