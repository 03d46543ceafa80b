package org.partnercenter.commons.caller;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;

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

    /**
     * Refuses with 403/900150 unless the caller holds one of the roles of an {@link Access} set. A role counts
     * only for its own kind of caller (partner roles for a partner, operator roles for the operator), so a set
     * of operator roles is "operator only" and a set of partner roles "partners only", whatever a token claims.
     */
    public void require(Set<String> allowed) {
        if (!holdsOneOf(allowed)) {
            throw ApiException.forbidden(ErrorCodes.ROLE_NOT_ALLOWED, "The supplied role does not have the rights "
                    + "to perform the requested operation. Roles that may: " + (allowed.isEmpty() ? "none"
                    : String.join(", ", new TreeSet<>(allowed))) + ".");
        }
    }

    /** Whether the caller holds one of the roles of an {@link Access} set, counting roles of its own kind only. */
    public boolean holdsOneOf(Set<String> allowed) {
        Set<String> ownKind = isOperator() ? Access.OPERATOR_ROLES : Access.PARTNER_ROLES;
        return allowed.stream().anyMatch(role -> ownKind.contains(role) && roles.contains(role));
    }

    /** Refuses an indirect reseller with 403, sending it to its provider's solution for the feature. */
    public void refuseResellers(ProviderFeature feature) {
        if (partnerType == PartnerType.INDIRECT_RESELLER) {
            throw ApiException.forbidden(ErrorCodes.FORBIDDEN, "Indirect resellers do not have " + feature.words()
                    + " here: use your indirect provider's solution for it.");
        }
    }
}
