package org.partnercenter.gateway.audit;

import java.util.Locale;

/**
 * The real {@code AuditRecord.resourceType}: values of the SDKs' {@code ResourceType} enums only (those of ours they
 * have), since clients parse it as that enum and fail on any other value. Our other resources are {@code undefined}.
 */
public enum AuditResourceType {
    UNDEFINED, CUSTOMER, CUSTOMER_USER, ORDER, SUBSCRIPTION, APPLICATION, PARTNER_USER, INVOICE, AGREEMENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
