package org.partnercenter.support.incident;

/**
 * The SDKs' {@code ServiceIncidentStatus}, from the least to the most severe: a workload's status is its worst
 * unresolved incident's, so the order matters.
 */
public enum ServiceIncidentStatus {
    NORMAL,
    INFORMATION,
    WARNING,
    CRITICAL;

    ServiceIncidentStatus worse(ServiceIncidentStatus other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
