package org.partnercenter.gateway.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.gateway.caller.CallersChanged;

/** The users and applications of a partner organisation; {@link RoleChangeService} changes their roles. */
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
}
