package org.partnercenter.customer.partner;

public enum PartnerState {
    ACTIVE,
    SUSPENDED
}
