package org.partnercenter.billing.rating;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the rating worker drains the backlog ({@code partner-center.billing.rating.*}). */
@ConfigMapping(prefix = "partner-center.billing.rating")
public interface RatingConfig {

    /** Off only in tests that rate by hand. */
    @WithDefault("true")
    boolean enabled();

    /** Backlog rows taken in one transaction (their groups rated once each): more amortises the commit. */
    @WithDefault("1000")
    int batchSize();

    /** How long an idle worker waits for work when no commit wakes it (another instance's usage, say). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a group that fails on its own waits before it is tried again, behind the others. */
    @WithDefault("1m")
    Duration failedGroupDelay();

    @WithDefault("100ms")
    Duration minBackoff();

    @WithDefault("30s")
    Duration maxBackoff();
}
