package org.partnercenter.commons.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How events flow through this service at one moment: its outbox's unsent events and each Kafka consumer's
 * connection and lag. Kafka out of reach degrades the flow but stops no request: writes go on into the outbox, and
 * consumers catch up when the broker is back.
 *
 * @param unsent events in the outbox not acknowledged by Kafka yet
 * @param oldestUnsent how long the oldest of them has waited, if any
 * @param consumers each consumer's state, by its channel
 */
public record EventFlow(long unsent, Optional<Duration> oldestUnsent, Map<String, Consumer> consumers) {

    /**
     * @param connections open connections to brokers (none: it cannot fetch)
     * @param lag records behind the end of its partitions, at most, as the client last measured it
     */
    public record Consumer(double connections, double lag) {
    }

    public EventFlow {
        consumers = Map.copyOf(consumers);
    }

    /** What degrades the flow: events waiting in the outbox for longer than {@code unsentFor}, disconnected consumers. */
    public List<String> degradations(Duration unsentFor) {
        List<String> reasons = new ArrayList<>();
        oldestUnsent.filter(age -> age.compareTo(unsentFor) > 0).ifPresent(age -> reasons.add(unsent
                + " events wait in the outbox, the oldest for " + age.toSeconds() + " s: Kafka does not take them"));
        consumers.forEach((channel, consumer) -> {
            if (consumer.connections() < 1) {
                reasons.add("the " + channel + " consumer has no connection to Kafka");
            }
        });
        return reasons;
    }
}
