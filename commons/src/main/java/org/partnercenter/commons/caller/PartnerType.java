package org.partnercenter.commons.caller;

/** What a partner organisation is; the operator runs the system and is not a partner. */
public enum PartnerType {
    DIRECT,
    INDIRECT_PROVIDER,
    INDIRECT_RESELLER,
    OPERATOR
}
