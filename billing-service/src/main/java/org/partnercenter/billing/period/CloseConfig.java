package org.partnercenter.billing.period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How billing periods close ({@code partner-center.billing.close.*}). */
@ConfigMapping(prefix = "partner-center.billing.close")
public interface CloseConfig {

    /**
     * When the schedule closes every ended period not closed yet (Quartz-style cron, UTC; {@code off} stops it): by
     * default 02:00 on the 2nd, when the metering of the month before has come in.
     */
    @WithDefault("0 0 2 2 * ?")
    String schedule();

    /**
     * How long a close waits for billing to apply the usage that was on the topic when it began, and to rate it,
     * before it fails saying so (it is safe to run again).
     */
    @WithDefault("2m")
    Duration catchUpTimeout();

    /** How often a waiting close looks again. */
    @WithDefault("250ms")
    Duration catchUpPoll();

    /** An invoice is due this many days after its date. */
    @WithDefault("30")
    int paymentTermDays();
}
