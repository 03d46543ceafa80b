package org.partnercenter.commons.partner;

public enum PartnerState {
    ACTIVE,
    SUSPENDED
}
