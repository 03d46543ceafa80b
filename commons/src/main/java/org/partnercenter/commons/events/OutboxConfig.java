package org.partnercenter.commons.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "partner-center.outbox")
public interface OutboxConfig {

    Relay relay();

    interface Relay {
        /** Off only where another process relays this database's outbox (or in tests that drive it). */
        @WithDefault("true")
        boolean enabled();

        /** How long the relay sleeps when the outbox is empty; a commit wakes it at once. */
        @WithDefault("500ms")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();

        /** The wait after the relay's first failure in a row; it doubles after each further one. */
        @WithDefault("200ms")
        Duration minBackoff();

        /** The longest wait between two tries while Kafka refuses; the relay never gives up. */
        @WithDefault("30s")
        Duration maxBackoff();

        /** Sent rows are kept this long for diagnosis, then deleted. */
        @WithDefault("P7D")
        Duration retention();
    }
}
