package org.partnercenter.billing.support;

import java.util.UUID;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.testing.StoredRows;
import org.partnercenter.testing.TopicWriter;

/**
 * Publishes the events this service consumes as their producers do, on their topics. Tests build the events from
 * the producers' committed samples, so that a field a producer renames fails them.
 */
public final class Events {

    private Events() {
    }

    /** Each event keyed by its subject. */
    public static void send(String topic, EventEnvelope... events) {
        publish(topic, null, events);
    }

    /**
     * Every event under one key (one partition), so that they are consumed in this order: subscription events go
     * under their customer's id, as customer-service keys them.
     */
    public static void sendOnOneKey(String topic, Object key, EventEnvelope... events) {
        publish(topic, key.toString(), events);
    }

    /** Waits until the row with this id is in {@code table}. */
    public static void awaitRow(String table, UUID id) {
        StoredRows.awaitStored("select count(*) from " + table + " where id = ?1", id);
    }

    /** Waits until the partner with this tenant id is in the partner table. */
    public static void awaitPartner(UUID tenantId) {
        StoredRows.awaitStored("select count(*) from partner where tenant_id = ?1", tenantId);
    }

    private static void publish(String topic, String key, EventEnvelope... events) {
        TopicWriter.send(topic, key, events);
    }
}
