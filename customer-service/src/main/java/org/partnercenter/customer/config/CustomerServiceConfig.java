package org.partnercenter.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Batch limits and the directory; page sizes are commons' (partner-center.paging). */
@ConfigMapping(prefix = "partner-center.customer-service")
public interface CustomerServiceConfig {

    Usage usage();

    Directory directory();

    interface Usage {
        @WithDefault("10000")
        int maxBatchRecords();

        /** Records per usage.recorded event: big enough to keep the topic small, small enough for Kafka. */
        @WithDefault("500")
        int recordsPerEvent();
    }

    /** Where customers' tenants get their users: the development identity provider's administration API. */
    interface Directory {
        /** The authority, such as {@code http://127.0.0.1:8090}: users are created at {@code {url}/{tenant}/users}. */
        String url();

        /** How long a directory call may take before the customer's creation fails with a 503. */
        @WithDefault("10s")
        java.time.Duration timeout();
    }
}
