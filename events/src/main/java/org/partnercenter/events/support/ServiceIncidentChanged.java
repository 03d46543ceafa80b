package org.partnercenter.events.support;

import java.time.Instant;

/**
 * The payload of every {@code serviceincident.*} event: the incident as it is after the change. {@code status}
 * and {@code severity} are the API's wire values as text, so that a value a consumer does not know yet leaves the
 * event readable; {@code endTime} is absent until it is resolved.
 */
public record ServiceIncidentChanged(String serviceIncidentId, String workload, String title, String status,
        String severity, boolean resolved, Instant startTime, Instant endTime, Instant changedAt) {
}
