package org.partnercenter.events.gateway;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code audit.recorded}: one request that reached the gateway, who made it and how it ended.
 * Its own shape, not the {@code /v1/auditrecords} response, so that the API and the topic change independently.
 *
 * @param route the gateway route pattern the request matched (a {@code *} stands for one path segment), absent
 *        when none did
 * @param customerId the customer the request was about, when its path names one
 */
public record AuditRecorded(long recordId, UUID partnerTenantId, String userObjectId, String userPrincipalName,
        String applicationId, String method, String route, String path, String customerId, int httpStatus,
        int durationMs, Instant occurredAt, String correlationId, String requestId) {
}
