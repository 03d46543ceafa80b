package org.partnercenter.customer.account;

/** What {@code GET /v1/customers?filter=} can search by (the SDK's {@code CustomerSearchField}). */
public enum CustomerSearchField {
    COMPANY_NAME,
    DOMAIN,
    INDIRECT_RESELLER
}
