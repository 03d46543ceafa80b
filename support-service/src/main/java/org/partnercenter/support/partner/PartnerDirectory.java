package org.partnercenter.support.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.ResellerDirectory;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.json.WireEnums;

/**
 * Partners from the partners topic: their names and countries for service requests, and each indirect
 * provider's resellers, so that a provider may name its resellers' customers in a request.
 */
@ApplicationScoped
public class PartnerDirectory implements ResellerDirectory {

    private static final Logger LOG = Logger.getLogger(PartnerDirectory.class);

    private final EntityManager em;
    private final Clock clock;

    PartnerDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Set<UUID> resellersOf(UUID providerTenantId) {
        return new HashSet<>(em.createQuery("select p.tenantId from Partner p where p.providerTenantId = :provider "
                        + "and p.partnerType = :reseller", UUID.class)
                .setParameter("provider", providerTenantId)
                .setParameter("reseller", PartnerType.INDIRECT_RESELLER)
                .getResultList());
    }

    @Transactional
    public Optional<Partner> find(UUID tenantId) {
        return Optional.ofNullable(em.find(Partner.class, tenantId));
    }

    /** Applies one partner event; a field the event leaves out keeps its value. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        PartnerEventData data = EventJson.data(event, PartnerEventData.class);
        if (data.tenantId() == null) {
            LOG.warnf("Partner event %s names no tenantId; ignored", event.id());
            return;
        }
        Partner found = em.find(Partner.class, data.tenantId());
        boolean isNew = found == null;
        Partner partner = isNew ? new Partner() : found;
        partner.tenantId = data.tenantId();
        if (data.name() != null) {
            partner.name = data.name();
        }
        WireEnums.find(PartnerType.class, data.partnerType()).ifPresent(type -> partner.partnerType = type);
        if (data.providerTenantId() != null) {
            partner.providerTenantId = data.providerTenantId();
        }
        if (data.country() != null) {
            partner.country = data.country();
        }
        partner.updatedAt = clock.instant();
        if (isNew) {
            em.persist(partner);
        }
    }
}
