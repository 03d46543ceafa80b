package org.partnercenter.gateway.audit;

import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * An audit record on the wire, in the real {@code AuditRecord} shape. Only the API's: the audit topic carries
 * {@code AuditRecorded}, mapped from the stored record, so that this response can change without changing the topic.
 */
public record AuditRecordView(String id, UUID partnerId, String customerId, String userPrincipalName,
        String applicationId, String resourceType, String operationType, String operationStatus,
        int httpStatus, Instant operationDate, String correlationId, String requestId,
        ResourceAttributes attributes) {

    static AuditRecordView of(AuditRecord record) {
        return new AuditRecordView(String.valueOf(record.id), record.partnerTenantId, record.customerId,
                record.userPrincipalName, record.applicationId, resourceType(record.path),
                record.method + " " + (record.route == null ? record.path : record.route),
                record.status < 400 ? "succeeded" : "failed", record.status, record.occurredAt,
                record.correlationId, record.requestId, ResourceAttributes.of("AuditRecord"));
    }

    /** {@code /v1/customers/{id}/orders} is an order; {@code /v1/customers} a customer. */
    private static String resourceType(String path) {
        String[] segments = path.replaceFirst("^/v1/", "").split("/");
        String type = segments.length >= 3 ? segments[2] : segments[0];
        return type.isEmpty() ? "unknown" : type.toLowerCase();
    }
}
