package org.partnercenter.commons.caller;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The one way a service scopes its queries by caller. */
@RequestScoped
public class CallerScopes {

    private final CallerContext callers;
    private final ResellerDirectory resellers;

    CallerScopes(CallerContext callers, ResellerDirectory resellers) {
        this.callers = callers;
        this.resellers = resellers;
    }

    public CallerScope current() {
        return of(callers.caller(), resellers);
    }

    static CallerScope of(Caller caller, ResellerDirectory resellers) {
        if (caller.isOperator()) {
            return new CallerScope(true, Set.of());
        }
        Set<UUID> tenants = new HashSet<>();
        tenants.add(caller.partnerTenantId());
        if (caller.partnerType() == PartnerType.INDIRECT_PROVIDER) {
            tenants.addAll(resellers.resellersOf(caller.partnerTenantId()));
        }
        return new CallerScope(false, tenants);
    }
}
