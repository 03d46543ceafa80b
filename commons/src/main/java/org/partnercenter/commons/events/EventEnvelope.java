package org.partnercenter.commons.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collection;
import org.partnercenter.events.EventType;

/**
 * A CloudEvents 1.0 event in structured JSON mode. {@code schemaversion} is the version of the producer's
 * {@code data} schema; consumers ignore fields they do not know. {@code correlationid} and
 * {@code requestid} are CloudEvents extension attributes carrying the ids of the work that caused it.
 */
public record EventEnvelope(String specversion, String id, String source, String type, String subject,
        Instant time, String datacontenttype, int schemaversion, String correlationid, String requestid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    /** Whether this is an event of {@code type}; any schema version, since consumers ignore fields they do not know. */
    public boolean is(EventType<?> type) {
        return type.matches(this.type);
    }

    public boolean isAny(Collection<? extends EventType<?>> types) {
        return types.stream().anyMatch(this::is);
    }
}
