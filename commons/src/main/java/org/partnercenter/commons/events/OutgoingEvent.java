package org.partnercenter.commons.events;

/**
 * An event to publish: the topic, the key that orders it (a partner tenant or customer id), its type
 * (e.g. {@code customer.created}), subject (the resource id) and the producer-owned payload.
 */
public record OutgoingEvent(String topic, String key, String type, String subject, int schemaVersion, Object data) {
}
