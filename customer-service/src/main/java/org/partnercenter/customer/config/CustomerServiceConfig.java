package org.partnercenter.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Batch limits, the directory, agreements and orders; page sizes are commons' (partner-center.paging). */
@ConfigMapping(prefix = "partner-center.customer-service")
public interface CustomerServiceConfig {

    Usage usage();

    Directory directory();

    Agreements agreements();

    Orders orders();

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

    /** The agreements partners attest their customers accepted: reference data for {@code GET /v1/agreements}. */
    interface Agreements {
        /** By a name of the operator's choosing ({@code mca}); at least one is configured. */
        Map<String, Template> templates();
    }

    /** One agreement template, in the real {@code AgreementMetaData}'s terms. */
    interface Template {
        String templateId();

        /** {@code MicrosoftCustomerAgreement} or {@code MicrosoftCloudAgreement}. */
        String agreementType();

        /** Where the agreement's text is read. */
        String agreementLink();

        @WithDefault("0")
        int versionRank();
    }

    interface Orders {
        /**
         * Whether an order needs the customer's accepted Microsoft Customer Agreement first: true in production, as
         * the real service; off by default so that the local stack and tests order without one.
         */
        @WithDefault("false")
        boolean requireAgreement();
    }
}
