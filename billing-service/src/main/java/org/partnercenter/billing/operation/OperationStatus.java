package org.partnercenter.billing.operation;

import java.util.Locale;

/** Where an operation stands, stored and written in lower case as Microsoft Graph's billing operations are. */
public enum OperationStatus {
    RUNNING, SUCCEEDED, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
