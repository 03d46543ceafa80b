package org.partnercenter.commons.events;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** Reads event envelopes from Kafka for {@code @Incoming} consumers. */
public class EventEnvelopeDeserializer extends ObjectMapperDeserializer<EventEnvelope> {

    public EventEnvelopeDeserializer() {
        super(EventEnvelope.class, EventJson.mapper());
    }
}
