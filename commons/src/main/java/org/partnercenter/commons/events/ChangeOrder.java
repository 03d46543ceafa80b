package org.partnercenter.commons.events;

import java.time.Instant;

/**
 * Which state a service's copy of another service's resource keeps when events about it arrive out of order: the
 * newest by the producer's {@code changedAt}. Kafka keeps one key's events in order, but a republished or replayed
 * older event may still come after a newer one; applied, it would put the copy back in time.
 */
public final class ChangeOrder {

    private ChangeOrder() {
    }

    /**
     * Whether an event changed at {@code incoming} is older than the state held, changed at {@code held}. Without
     * either time there is nothing to compare: the event applies, in arrival order. An equal time applies too: it
     * is the same change again (harmless), or two changes in one instant, which only the topic's order settles.
     */
    public static boolean isOlder(Instant incoming, Instant held) {
        return incoming != null && held != null && incoming.isBefore(held);
    }

    /** The time of the newest change applied, kept when an event carries no time of its own. */
    public static Instant newest(Instant incoming, Instant held) {
        return incoming != null ? incoming : held;
    }
}
