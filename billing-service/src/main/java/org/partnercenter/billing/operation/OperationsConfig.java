package org.partnercenter.billing.operation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How pollers of an operation are paced ({@code partner-center.billing.operations.*}). */
@ConfigMapping(prefix = "partner-center.billing.operations")
public interface OperationsConfig {

    /** Retry-After while an operation runs: the real async exports ask for seconds, not milliseconds. */
    @WithDefault("5s")
    Duration retryAfter();

    /**
     * A running operation that has not moved for this long is failed as interrupted: its process was stopped. Far
     * above the longest step between two moves (one partner's close).
     */
    @WithDefault("10m")
    Duration staleAfter();

    /** How often stale operations are looked for ({@link OperationSweeper}'s schedule reads the property). */
    @WithDefault("1m")
    Duration sweepEvery();
}
