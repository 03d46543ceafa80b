package org.partnercenter.gateway.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * A change on the wire, in the real {@code AuditRecord} shape: {@code resourceType} and {@code operationType} in the
 * SDKs' vocabulary, and our precise name of the operation in {@code customizedData} (under {@code OperationName}),
 * which is all a client learns of an {@code undefined} one. {@code customerName} is the customer's name as
 * customer-service last announced it (AuditService says who reads it), null when unknown. Only the API's: the audit
 * topic carries {@code AuditRecorded}, mapped from the stored record, so that this response can change without
 * changing the topic.
 */
public record AuditRecordView(String id, UUID partnerId, String customerId, String customerName,
        String userPrincipalName,
        String applicationId, String resourceType, String operationType, String operationStatus,
        List<KeyValue> customizedData, int httpStatus, Instant operationDate, String correlationId,
        String requestId, ResourceAttributes attributes) {

    /** The real API's key/value pair ({@code KeyValuePair<string, string>}). */
    public record KeyValue(String key, String value) {
    }

    /** @param customerName the customer's company name, when the reader may know it */
    static AuditRecordView of(AuditRecord record, String customerName) {
        AuditedChange change = ChangeCatalog.of(record.method, record.path);
        return new AuditRecordView(String.valueOf(record.id), record.partnerTenantId, record.customerId, customerName,
                record.userPrincipalName, record.applicationId, change.resourceType().wire(),
                change.operationType().wire(), record.status < 400 ? "succeeded" : "failed",
                List.of(new KeyValue("OperationName", change.operationName())), record.status, record.occurredAt,
                record.correlationId, record.requestId, ResourceAttributes.of("AuditRecord"));
    }
}
