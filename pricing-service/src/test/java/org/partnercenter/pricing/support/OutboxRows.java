package org.partnercenter.pricing.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.partnercenter.commons.events.EventJson;

/** The events the outbox holds about one subject, in the order the relay publishes them. */
public final class OutboxRows {

    /** One stored event: its key, its envelope as text (what Kafka is sent) and read. */
    public record Row(String key, String payload, JsonNode envelope) {

        public String type() {
            return envelope.path("type").asText();
        }

        public JsonNode data() {
            return envelope.path("data");
        }
    }

    private OutboxRows() {
    }

    public static List<Row> about(String subject) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("select message_key, payload from outbox_event "
                        + "where cast(payload as jsonb) ->> 'subject' = ?1 order by seq")
                .setParameter(1, subject).getResultList());
        return rows.stream().map(r -> (Object[]) r).map(r -> new Row((String) r[0], (String) r[1],
                read((String) r[1]))).toList();
    }

    public static long ofType(String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CDI.current().select(EntityManager.class).get()
                .createNativeQuery("select count(*) from outbox_event where cast(payload as jsonb) ->> 'type' = ?1")
                .setParameter(1, type).getSingleResult()).longValue());
    }

    private static JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the outbox holds an unreadable event", e);
        }
    }
}
