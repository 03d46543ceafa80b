package org.partnercenter.support.request;

/** The real API's severities, less {@code unknown}, which a partner cannot choose. */
public enum Severity {
    CRITICAL,
    MODERATE,
    MINIMAL
}
