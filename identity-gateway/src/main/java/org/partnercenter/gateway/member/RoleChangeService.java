package org.partnercenter.gateway.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.gateway.caller.CallersChanged;
import org.partnercenter.gateway.partner.PartnerOrganization;

/**
 * Grants, revokes and removals under {@link RoleChangeRules}. Refusals that need no body come first; every
 * change of one organisation holds the lock on its row, so two concurrent demotions cannot both see a
 * second administrator and leave none.
 */
@ApplicationScoped
public class RoleChangeService {

    private final EntityManager em;
    private final MemberService members;
    private final Validator validator;
    private final Event<CallersChanged> callersChanged;

    RoleChangeService(EntityManager em, MemberService members, Validator validator,
            Event<CallersChanged> callersChanged) {
        this.em = em;
        this.members = members;
        this.validator = validator;
        this.callersChanged = callersChanged;
    }

    /** Answers the role as granted (role names are matched in any case). */
    @Transactional
    public String grant(Caller caller, PartnerMember.Kind kind, String memberId, RoleGrant request) {
        RoleChangeRules.refuseOwnMember(caller, kind, memberId, false);
        String role = grantable(caller, valid(request).id());
        RoleChangeRules.requireRightToChange(caller, role);
        lockOrganization(caller.partnerTenantId());
        members.get(caller.partnerTenantId(), kind, memberId).roles.add(role);
        changed(caller);
        return role;
    }

    @Transactional
    public void revoke(Caller caller, PartnerMember.Kind kind, String memberId, String roleName) {
        RoleChangeRules.refuseOwnMember(caller, kind, memberId, false);
        String role = roleName.toLowerCase(Locale.ROOT);
        RoleChangeRules.requireRightToChange(caller, role);
        lockOrganization(caller.partnerTenantId());
        PartnerMember member = members.get(caller.partnerTenantId(), kind, memberId);
        if (!member.roles.contains(role)) {
            throw ApiException.notFound("The " + kind.name().toLowerCase(Locale.ROOT) + " " + memberId
                    + " does not have the role " + roleName + ".");
        }
        RoleChangeRules.keepLastAdministrator(caller, member, usersHolding(caller));
        member.roles.remove(role);
        changed(caller);
    }

    @Transactional
    public void remove(Caller caller, PartnerMember.Kind kind, String memberId) {
        RoleChangeRules.refuseOwnMember(caller, kind, memberId, true);
        lockOrganization(caller.partnerTenantId());
        PartnerMember member = members.get(caller.partnerTenantId(), kind, memberId);
        RoleChangeRules.requireRightToRemove(caller, member);
        RoleChangeRules.keepLastAdministrator(caller, member, usersHolding(caller));
        member.delete();
        changed(caller);
    }

    /** Taken before any member is read, so that what this transaction reads is what the last change left. */
    private void lockOrganization(UUID tenantId) {
        em.find(PartnerOrganization.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    }

    private long usersHolding(Caller caller) {
        return em.createQuery("select count(m) from PartnerMember m join m.roles r where m.tenantId = :tenant "
                        + "and m.kind = :kind and r = :role", Long.class)
                .setParameter("tenant", caller.partnerTenantId())
                .setParameter("kind", PartnerMember.Kind.USER)
                .setParameter("role", RoleChangeRules.administratorRole(caller))
                .getSingleResult();
    }

    private void changed(Caller caller) {
        callersChanged.fire(new CallersChanged(caller.partnerTenantId()));
    }

    private RoleGrant valid(RoleGrant request) {
        if (request == null) {
            throw ApiException.badRequest("The request needs a body such as {\"id\": \"admin_agent\"}.",
                    List.of("id"));
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /** The operator grants operator roles to its own members; partners grant partner roles. */
    private static String grantable(Caller caller, String requested) {
        Set<String> allowed = caller.isOperator() ? Access.OPERATOR_ROLES : Access.PARTNER_ROLES;
        String role = requested.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(role)) {
            throw ApiException.badRequest("'id' must be one of " + String.join(", ", allowed.stream().sorted()
                    .toList()) + ", got '" + requested + "'.", List.of("id"));
        }
        return role;
    }
}
