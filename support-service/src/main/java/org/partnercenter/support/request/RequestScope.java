package org.partnercenter.support.request;

import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;

/**
 * Which requests a caller sees: a partner its own, support the escalated ones of every partner. Not
 * commons' CallerScope, which would give the operator everything, and a provider its resellers' rows
 * (resellers have no requests of their own).
 */
public record RequestScope(UUID partnerTenantId) {

    public static RequestScope of(Caller caller) {
        return new RequestScope(caller.isOperator() ? null : caller.partnerTenantId());
    }

    public boolean isOperator() {
        return partnerTenantId == null;
    }

    /** A JPQL condition on alias {@code e}. */
    public String condition() {
        return isOperator() ? "e.escalatedAt is not null" : "e.partnerTenantId = :scopePartner";
    }

    public Map<String, Object> parameters() {
        return isOperator() ? Map.of() : Map.of("scopePartner", partnerTenantId);
    }

    public boolean permits(ServiceRequest r) {
        return isOperator() ? r.isEscalated() : partnerTenantId.equals(r.partnerTenantId);
    }
}
