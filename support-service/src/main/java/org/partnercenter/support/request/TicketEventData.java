package org.partnercenter.support.request;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code ticket.created}, {@code ticket.updated}, {@code ticket.escalated} and
 * {@code ticket.closed} on {@code partner-center.tickets}, schema version 1, keyed by the partner tenant.
 * Producer-owned: consumers read what they need.
 */
public record TicketEventData(String serviceRequestId, UUID partnerTenantId, UUID customerId, String title,
        Severity severity, ServiceRequestStatus status, long supportTopicId, Instant escalatedAt, Instant changedAt) {

    public static final int SCHEMA_VERSION = 1;
}
