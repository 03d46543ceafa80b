package org.partnercenter.gateway.audit;

import java.util.Locale;

/**
 * The real {@code AuditRecord.operationType}: values both SDKs' {@code OperationType} enums list (the Java SDK's is the
 * shorter), since clients parse it as that enum. An operation they lack is {@code undefined}, named in
 * {@code customizedData}.
 */
public enum AuditOperationType {
    UNDEFINED,
    ADD_CUSTOMER, UPDATE_CUSTOMER_BILLING_PROFILE, DELETE_CUSTOMER,
    CREATE_ORDER, UPDATE_ORDER, UPDATE_SUBSCRIPTION, UPGRADE_SUBSCRIPTION,
    CREATE_CUSTOMER_USER, UPDATE_CUSTOMER_USER, DELETE_CUSTOMER_USER,
    CREATE_PARTNER_USER, UPDATE_PARTNER_USER, REMOVE_PARTNER_USER,
    REGISTER_APPLICATION, UNREGISTER_APPLICATION,
    CREATE_AGREEMENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
