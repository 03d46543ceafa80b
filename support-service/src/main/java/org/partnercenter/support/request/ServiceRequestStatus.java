package org.partnercenter.support.request;

/** {@code attention_needed}: support asked the partner for information and waits for its reply. */
public enum ServiceRequestStatus {
    OPEN,
    ATTENTION_NEEDED,
    CLOSED
}
