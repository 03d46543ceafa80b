package org.partnercenter.commons.events;

import org.partnercenter.events.EventType;

/**
 * An event to publish: the topic, the key that orders it (a partner tenant or customer id), its type
 * (e.g. {@code customer.created}), subject (the resource id) and the producer-owned payload. Services build
 * it from the event catalogue ({@link #of}); the plain constructor is for the outbox's own tests.
 */
public record OutgoingEvent(String topic, String key, String type, String subject, int schemaVersion, Object data) {

    public static <T> OutgoingEvent of(EventType<T> type, String key, String subject, T data) {
        return new OutgoingEvent(type.topic().name(), key, type.name(), subject, type.schemaVersion(), data);
    }
}
