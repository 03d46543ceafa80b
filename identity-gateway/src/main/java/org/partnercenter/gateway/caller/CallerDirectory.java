package org.partnercenter.gateway.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;
import org.partnercenter.gateway.member.PartnerMember;
import org.partnercenter.gateway.partner.PartnerOrganization;
import org.partnercenter.gateway.signin.SignedInPrincipal;

/**
 * Turns a verified Azure AD principal into a caller: its partner organisation (which must be registered
 * and active), and the roles the partner granted that user or application. Read on every request, so a
 * role change or a suspension takes effect at once.
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
        PartnerMember member = memberId == null ? null : PartnerMember.find(partner.tenantId, memberId);
        Set<String> roles = member == null ? Set.of() : Set.copyOf(member.roles);
        return new Caller(partner.tenantId, partner.partnerType, principal.objectId(),
                principal.userPrincipalName(), roles, principal.application());
    }
}
