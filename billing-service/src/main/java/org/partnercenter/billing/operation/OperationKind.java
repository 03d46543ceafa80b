package org.partnercenter.billing.operation;

import java.util.Locale;

/** What an operation does: one resource, {@code /v1/operations/{id}}, serves every kind. */
public enum OperationKind {
    BILLING_PERIOD_CLOSE, RECONCILIATION_EXPORT;

    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
