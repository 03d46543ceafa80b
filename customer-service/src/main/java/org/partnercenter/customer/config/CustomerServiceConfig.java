package org.partnercenter.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Batch limits; page sizes are commons' (partner-center.paging). */
@ConfigMapping(prefix = "partner-center.customer-service")
public interface CustomerServiceConfig {

    Usage usage();

    interface Usage {
        @WithDefault("10000")
        int maxBatchRecords();

        /** Records per usage.recorded event: big enough to keep the topic small, small enough for Kafka. */
        @WithDefault("500")
        int recordsPerEvent();
    }
}
