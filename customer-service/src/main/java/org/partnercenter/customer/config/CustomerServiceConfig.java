package org.partnercenter.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.partnercenter.commons.paging.PageLimits;

/** Page sizes and batch limits; the defaults are the real API's where it documents them. */
@ConfigMapping(prefix = "partner-center.customer-service")
public interface CustomerServiceConfig {

    Paging customers();

    Paging subscriptions();

    Paging orders();

    /** The real utilization API pages by 1,000 at most, and defaults to its maximum. */
    @WithDefault("1000")
    int utilizationPageSize();

    Usage usage();

    interface Paging {
        @WithDefault("100")
        int defaultSize();

        /** The PowerShell module asks for 500 customers a page. */
        @WithDefault("1000")
        int maxSize();

        default PageLimits limits() {
            return new PageLimits(defaultSize(), maxSize());
        }
    }

    interface Usage {
        @WithDefault("10000")
        int maxBatchRecords();

        /** Records per usage.recorded event: big enough to keep the topic small, small enough for Kafka. */
        @WithDefault("500")
        int recordsPerEvent();
    }
}
