package org.partnercenter.events;

/**
 * A topic and what its producer promises about it: who writes it (one producer per topic) and what its
 * messages are keyed by, which is what keeps one key's events in order.
 */
public record Topic(String name, String producer, String key) {
}
