package org.partnercenter.gateway.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;
import org.partnercenter.gateway.member.PartnerMember;
import org.partnercenter.gateway.partner.PartnerOrganization;
import org.partnercenter.gateway.signin.SignedInPrincipal;

/**
 * Turns a verified Azure AD principal into a caller: its partner organisation (which must be registered
 * and active), and the roles the partner granted that user or application. Read on every request, so a
 * role change or a suspension takes effect at once. The caller's id is the id the partner registered the
 * member under: a user's object id, an application's app id.
 */
@ApplicationScoped
public class CallerDirectory {

    @Transactional
    public Caller resolve(SignedInPrincipal principal) {
        PartnerOrganization partner = PartnerOrganization.findById(principal.tenantId());
        if (partner == null || !partner.isActive()) {
            throw ApiException.forbidden(ErrorCodes.FORBIDDEN, "Tenant " + principal.tenantId() + " is not "
                    + (partner == null ? "a registered" : "an active") + " partner organization. This portal and "
                    + "API are for CSP partners; customers manage their services through their partner.");
        }
        if (partner.requireMfa && !principal.application() && !principal.mfa()) {
            throw new ApiException(401, ErrorCodes.MFA_REQUIRED, "Multi-factor authentication is required: "
                    + "sign in again with MFA so that the token's amr claim contains mfa.");
        }
        String memberId = principal.application() ? principal.applicationId() : principal.objectId();
        PartnerMember member = memberOf(partner.tenantId, memberId, principal.application());
        Set<String> roles = member == null ? Set.of() : Set.copyOf(member.roles);
        return new Caller(partner.tenantId, partner.partnerType, memberId == null ? principal.objectId() : memberId,
                principal.userPrincipalName(), roles, principal.application());
    }

    /**
     * Matched by the token's own tenant together with the object id (a user) or app id (an application),
     * and by kind: the same id in another tenant, or an application registered under a user's id, is never
     * this member.
     */
    private static PartnerMember memberOf(UUID tenantId, String memberId, boolean application) {
        PartnerMember member = memberId == null ? null : PartnerMember.find(tenantId, memberId);
        PartnerMember.Kind kind = application ? PartnerMember.Kind.APPLICATION : PartnerMember.Kind.USER;
        return member != null && member.kind == kind ? member : null;
    }
}
