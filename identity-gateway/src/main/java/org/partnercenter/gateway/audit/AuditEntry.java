package org.partnercenter.gateway.audit;

import java.time.Instant;
import java.util.UUID;

/** What the edge knows of one request when its response has been sent. */
public record AuditEntry(UUID partnerTenantId, String objectId, String userPrincipalName, String applicationId,
        String method, String route, String path, String customerId, int status, Instant occurredAt,
        int durationMs, String correlationId, String requestId) {

    AuditRecord toRecord() {
        AuditRecord record = new AuditRecord();
        record.partnerTenantId = partnerTenantId;
        record.objectId = objectId;
        record.userPrincipalName = userPrincipalName;
        record.applicationId = applicationId;
        record.method = method;
        record.route = route;
        record.path = path;
        record.customerId = customerId;
        record.status = status;
        record.occurredAt = occurredAt;
        record.durationMs = durationMs;
        record.correlationId = correlationId;
        record.requestId = requestId;
        return record;
    }
}
