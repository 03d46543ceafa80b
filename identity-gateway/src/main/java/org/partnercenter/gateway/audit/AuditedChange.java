package org.partnercenter.gateway.audit;

/** What a write changed, in the real audit vocabulary, and our own precise name for the operation. */
public record AuditedChange(AuditResourceType resourceType, AuditOperationType operationType, String operationName) {
}
