package org.partnercenter.commons.caller;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.error.ApiException;

/**
 * Who is calling, as the gateway vouched for it in the internal token: the partner organisation (or the
 * operator), the user or application object id, and the roles in force for this request.
 */
public record Caller(UUID partnerTenantId, PartnerType partnerType, String objectId, String userPrincipalName,
        Set<String> roles, boolean application) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isOperator() {
        return partnerType == PartnerType.OPERATOR;
    }

    public boolean hasAnyRole(String... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Refuses with 403/900150 unless the caller holds one of the roles. */
    public void requireAnyRole(String... wanted) {
        if (!hasAnyRole(wanted)) {
            throw ApiException.roleNotAllowed();
        }
    }
}
