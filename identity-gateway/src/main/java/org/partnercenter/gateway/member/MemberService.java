package org.partnercenter.gateway.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.gateway.caller.CallersChanged;

/** The users and applications of a partner organisation and their roles. */
@ApplicationScoped
public class MemberService {

    private static final Keyset<PartnerMember> BY_ID = Keyset.of(PartnerMember.class)
            .by("memberId", String.class, m -> m.memberId);

    private final EntityManager em;
    private final Clock clock;
    private final Event<CallersChanged> callersChanged;

    MemberService(EntityManager em, Clock clock, Event<CallersChanged> callersChanged) {
        this.em = em;
        this.clock = clock;
        this.callersChanged = callersChanged;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PartnerMember add(UUID tenantId, String memberId, PartnerMember.Kind kind, String displayName,
            String... roles) {
        if (PartnerMember.find(tenantId, memberId) != null) {
            throw ApiException.conflict("The " + kind.name().toLowerCase() + " " + memberId
                    + " already belongs to this partner organization.");
        }
        PartnerMember member = new PartnerMember();
        member.tenantId = tenantId;
        member.memberId = memberId;
        member.kind = kind;
        member.displayName = displayName;
        member.createdAt = clock.instant();
        member.roles.addAll(Arrays.asList(roles));
        member.persist();
        callersChanged.fire(new CallersChanged(tenantId));
        return member;
    }

    @Transactional
    public PartnerMember create(UUID tenantId, String memberId, PartnerMember.Kind kind, String displayName) {
        return add(tenantId, memberId, kind, displayName);
    }

    @Transactional
    public Page<PartnerMember> list(UUID tenantId, PartnerMember.Kind kind, PageRequest page) {
        return BY_ID.fetch(em, "e.tenantId = :tenant and e.kind = :kind", Map.of("tenant", tenantId, "kind", kind),
                page);
    }

    @Transactional
    public PartnerMember get(UUID tenantId, PartnerMember.Kind kind, String memberId) {
        PartnerMember member = PartnerMember.find(tenantId, memberId);
        if (member == null || member.kind != kind) {
            throw ApiException.notFound("No " + kind.name().toLowerCase() + " " + memberId
                    + " belongs to this partner organization.");
        }
        return member;
    }

    @Transactional
    public void remove(UUID tenantId, PartnerMember.Kind kind, String memberId) {
        get(tenantId, kind, memberId).delete();
        callersChanged.fire(new CallersChanged(tenantId));
    }

    /** The operator grants operator roles to its own members; partners grant partner roles. */
    @Transactional
    public PartnerMember grant(Caller caller, PartnerMember.Kind kind, String memberId, String role) {
        PartnerMember member = get(caller.partnerTenantId(), kind, memberId);
        member.roles.add(grantable(caller.isOperator() ? Access.OPERATOR_ROLES : Access.PARTNER_ROLES, role));
        callersChanged.fire(new CallersChanged(caller.partnerTenantId()));
        return member;
    }

    @Transactional
    public PartnerMember revoke(UUID tenantId, PartnerMember.Kind kind, String memberId, String role) {
        PartnerMember member = get(tenantId, kind, memberId);
        if (!member.roles.remove(role)) {
            throw ApiException.notFound("The " + kind.name().toLowerCase() + " " + memberId + " does not have the role "
                    + role + ".");
        }
        callersChanged.fire(new CallersChanged(tenantId));
        return member;
    }

    private static String grantable(Set<String> allowed, String role) {
        if (role == null || !allowed.contains(role)) {
            throw ApiException.badRequest("'id' must be one of " + String.join(", ", allowed.stream().sorted()
                    .toList()) + ", got '" + role + "'.", List.of("id"));
        }
        return role;
    }
}
