package org.partnercenter.customer.order;

public enum BillingCycle {
    NONE,
    MONTHLY,
    ANNUAL,
    ONE_TIME
}
