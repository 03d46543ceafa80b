package org.partnercenter.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.request.IfMatch;
import org.partnercenter.events.EventType;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.events.gateway.PartnerChanged;
import org.partnercenter.gateway.caller.CallersChanged;
import org.partnercenter.gateway.member.MemberService;
import org.partnercenter.gateway.member.PartnerMember;

/** Registers and maintains partner organisations; every change is published on the partners topic. */
@ApplicationScoped
public class PartnerService {

    private static final Keyset<PartnerOrganization> BY_NAME = Keyset.of(PartnerOrganization.class)
            .by("name", String.class, p -> p.name)
            .by("tenantId", UUID.class, p -> p.tenantId);

    private final EntityManager em;
    private final MemberService members;
    private final PartnerEvents events;
    private final Clock clock;
    private final Event<CallersChanged> callersChanged;

    PartnerService(EntityManager em, MemberService members, PartnerEvents events, Clock clock,
            Event<CallersChanged> callersChanged) {
        this.em = em;
        this.members = members;
        this.events = events;
        this.clock = clock;
        this.callersChanged = callersChanged;
    }

    @Transactional
    public PartnerOrganization register(PartnerRegistration request) {
        if (request.partnerType() == PartnerType.OPERATOR) {
            throw ApiException.badRequest("'partnerType' must be direct, indirect_provider or indirect_reseller.",
                    List.of("partnerType"));
        }
        if (PartnerOrganization.findById(request.tenantId()) != null) {
            throw ApiException.conflict("Tenant " + request.tenantId() + " is already registered as a partner.");
        }
        PartnerOrganization partner = new PartnerOrganization();
        partner.tenantId = request.tenantId();
        partner.name = request.name().trim();
        partner.partnerType = request.partnerType();
        partner.providerTenantId = providerFor(request);
        partner.mpnId = request.mpnId();
        partner.requireMfa = request.requireMfa() == null || request.requireMfa();
        partner.country = request.country() == null ? "US" : request.country().toUpperCase(Locale.ROOT);
        partner.currency = request.currency() == null ? "USD" : request.currency().toUpperCase(Locale.ROOT);
        partner.address = request.address() == null ? null : request.address().stored();
        partner.state = PartnerOrganization.State.ACTIVE;
        partner.createdAt = clock.instant();
        partner.updatedAt = partner.createdAt;
        partner.persist();
        members.add(partner.tenantId, request.globalAdmin().objectId(), PartnerMember.Kind.USER,
                request.globalAdmin().userPrincipalName(), Roles.GLOBAL_ADMIN);
        events.registered(partner);
        return partner;
    }

    @Transactional
    public Page<PartnerOrganization> list(PageRequest page) {
        return BY_NAME.fetch(em, "e.partnerType <> :operator", Map.of("operator", PartnerType.OPERATOR), page);
    }

    @Transactional
    public PartnerOrganization get(UUID tenantId) {
        return get(tenantId, LockModeType.NONE);
    }

    private PartnerOrganization get(UUID tenantId, LockModeType lock) {
        PartnerOrganization partner = PartnerOrganization.findById(tenantId, lock);
        if (partner == null || partner.partnerType == PartnerType.OPERATOR) {
            throw ApiException.notFound("No partner organization with tenant id " + tenantId + " is registered.");
        }
        return partner;
    }

    @Transactional
    public PartnerOrganization update(UUID tenantId, PartnerUpdate change, String ifMatch) {
        PartnerOrganization partner = get(tenantId);
        IfMatch.check(ifMatch, null, partner.version);
        if (change.name() != null && !change.name().isBlank()) {
            partner.name = change.name().trim();
        }
        if (change.mpnId() != null) {
            partner.mpnId = change.mpnId();
        }
        if (change.requireMfa() != null) {
            partner.requireMfa = change.requireMfa();
        }
        if (change.country() != null) {
            partner.country = change.country().toUpperCase(Locale.ROOT);
        }
        if (change.currency() != null) {
            partner.currency = change.currency().toUpperCase(Locale.ROOT);
        }
        if (change.address() != null) {
            partner.address = change.address().stored();
        }
        return touched(partner, IdentityGatewayEvents.PARTNER_UPDATED);
    }

    @Transactional
    public PartnerOrganization changeState(UUID tenantId, PartnerOrganization.State state) {
        // Sent without an etag: locked, so that it applies after an update in flight instead of failing on its
        // version with a 2055 that its caller could not have avoided (see IfMatch).
        PartnerOrganization partner = get(tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (partner.state == state) {
            return partner;
        }
        partner.state = state;
        return touched(partner, state == PartnerOrganization.State.SUSPENDED ? IdentityGatewayEvents.PARTNER_SUSPENDED
                : IdentityGatewayEvents.PARTNER_REACTIVATED);
    }

    private PartnerOrganization touched(PartnerOrganization partner, EventType<PartnerChanged> eventType) {
        partner.updatedAt = clock.instant();
        em.flush();
        events.changed(partner, eventType);
        callersChanged.fire(new CallersChanged(partner.tenantId));
        return partner;
    }

    private UUID providerFor(PartnerRegistration request) {
        if (request.partnerType() != PartnerType.INDIRECT_RESELLER) {
            if (request.providerTenantId() != null) {
                throw ApiException.badRequest("'providerTenantId' is only for indirect resellers.",
                        List.of("providerTenantId"));
            }
            return null;
        }
        if (request.providerTenantId() == null) {
            throw ApiException.badRequest("An indirect reseller needs 'providerTenantId': the tenant id of its "
                    + "indirect provider.", List.of("providerTenantId"));
        }
        PartnerOrganization provider = PartnerOrganization.findById(request.providerTenantId());
        if (provider == null || provider.partnerType != PartnerType.INDIRECT_PROVIDER) {
            throw ApiException.badRequest("'providerTenantId' " + request.providerTenantId()
                    + " is not a registered indirect provider.", List.of("providerTenantId"));
        }
        return provider.tenantId;
    }
}
