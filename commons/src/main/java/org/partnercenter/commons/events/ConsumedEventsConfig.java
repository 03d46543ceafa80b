package org.partnercenter.commons.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often the idempotent consumer tries an event's effect before it parks the event. */
@ConfigMapping(prefix = "partner-center.consumer")
public interface ConsumedEventsConfig {

    /**
     * Tries in all, the first included. Every retry holds up the event's partition (and, past Kafka's
     * {@code max.poll.interval.ms}, the consumer's place in its group): keep the sum of the delays to seconds.
     */
    @WithDefault("5")
    int attempts();

    /** The wait after the first failure; it doubles after each further one (200, 400, 800, 1,600 ms). */
    @WithDefault("200ms")
    Duration firstBackoff();

    @WithDefault("1600ms")
    Duration maxBackoff();
}
