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
}
