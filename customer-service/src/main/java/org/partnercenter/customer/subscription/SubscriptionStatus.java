package org.partnercenter.customer.subscription;

public enum SubscriptionStatus {
    NONE,
    ACTIVE,
    PENDING,
    SUSPENDED,
    DELETED
}
