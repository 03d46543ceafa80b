package org.partnercenter.commons.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

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
}
