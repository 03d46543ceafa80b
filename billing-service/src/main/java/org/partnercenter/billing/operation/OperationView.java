package org.partnercenter.billing.operation;

import java.time.Instant;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * An operation on the wire, as Microsoft Graph's partner billing operations are (runningOperation,
 * failedOperation, an export's success): {@code resourceLocation} only once succeeded, {@code error} only once
 * failed (commons writes no nulls).
 */
public record OperationView(String id, String status, Instant createdDateTime, Instant lastActionDateTime,
        String resourceLocation, OperationError error, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Operation";

    /** Why an operation failed. */
    public record OperationError(String code, String message) {
    }

    static OperationView of(Operation operation) {
        boolean failed = OperationStatus.FAILED.wireName().equals(operation.status);
        boolean succeeded = OperationStatus.SUCCEEDED.wireName().equals(operation.status);
        return new OperationView(operation.id.toString(), operation.status, operation.createdAt,
                operation.lastActionAt, succeeded ? operation.resourceLocation : null,
                failed ? new OperationError(operation.errorCode, operation.errorMessage) : null,
                ResourceAttributes.of(OBJECT_TYPE));
    }
}
