package org.partnercenter.gateway.audit;

import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.paging.ResourceAttributes;

/** One request as the operator's access log shows it: who called which route, for which customer, and the outcome. */
public record AccessLogEntryView(String id, UUID partnerTenantId, String objectId, String userPrincipalName,
        String applicationId, String method, String route, String path, String customerId, int httpStatus,
        Instant occurredAt, int durationMs, String correlationId, String requestId, ResourceAttributes attributes) {

    static AccessLogEntryView of(AuditRecord record) {
        return new AccessLogEntryView(String.valueOf(record.id), record.partnerTenantId, record.objectId,
                record.userPrincipalName, record.applicationId, record.method, record.route, record.path,
                record.customerId, record.status, record.occurredAt, record.durationMs, record.correlationId,
                record.requestId, ResourceAttributes.of("AccessLogEntry"));
    }
}
