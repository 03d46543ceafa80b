package org.partnercenter.customer.usage;

/** How utilization is totalled: per UTC day or per UTC hour, as the real API offers. */
public enum Granularity {
    DAILY("day"),
    HOURLY("hour");

    private final String truncation;

    Granularity(String truncation) {
        this.truncation = truncation;
    }

    /** The {@code date_trunc} field of PostgreSQL. */
    String truncation() {
        return truncation;
    }
}
