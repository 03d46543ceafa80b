package org.partnercenter.events.support;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of every {@code ticket.*} event: the service request as it is after the change. {@code severity}
 * and {@code status} are the API's wire values as text, so that a value a consumer does not know yet leaves the
 * event readable.
 */
public record TicketChanged(String serviceRequestId, UUID partnerTenantId, UUID customerId, String title,
        String severity, String status, long supportTopicId, Instant escalatedAt, Instant changedAt) {
}
