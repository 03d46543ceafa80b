package org.partnercenter.gateway.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The audit writer's queue: how much it holds while the writer cannot keep up, and how loudly it overflows. */
@ConfigMapping(prefix = "gateway.audit")
public interface AuditTrailConfig {

    /**
     * Records waiting for the writer, at most (about 600 bytes each: 50,000 hold some 30 MB, a minute of a
     * busy gateway with its database away). Past it, new records are dropped and counted.
     */
    @WithDefault("50000")
    int queueCapacity();

    /** How often, at most, the log says how many records were dropped since it last did. */
    @WithDefault("1m")
    Duration droppedReportInterval();
}
