package org.partnercenter.support.incident;

/**
 * What the list's {@code filter} searches by: the SDKs' {@code ServiceIncidentSearchField} ({@code Resolved}), and
 * in the same style the status and the workload; each with {@code equals}, as the SDK sends it.
 */
public enum ServiceIncidentSearchField {
    RESOLVED,
    STATUS,
    WORKLOAD
}
