package org.partnercenter.commons.partner;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.events.gateway.PartnerChanged;

/** Applies one partner event to the stored partner; runs inside the idempotent consumer's transaction. */
@ApplicationScoped
@IfBuildProperty(name = PartnerDirectory.ENABLED, stringValue = "true")
public class PartnerRegistry {

    private static final Logger LOG = Logger.getLogger(PartnerRegistry.class);

    private final EntityManager em;
    private final Clock clock;
    private final Event<PartnerStored> stored;

    PartnerRegistry(EntityManager em, Clock clock, Event<PartnerStored> stored) {
        this.em = em;
        this.clock = clock;
        this.stored = stored;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        // Every partner.* type carries the same payload; the consumer lets only those through.
        PartnerChanged data = EventJson.data(event, PartnerChanged.class);
        if (data.tenantId() == null) {
            LOG.warnf("Partner event %s names no tenantId; ignored", event.id());
            return;
        }
        Partner partner = em.find(Partner.class, data.tenantId());
        boolean isNew = partner == null;
        if (isNew) {
            partner = new Partner();
            partner.tenantId = data.tenantId();
            partner.state = PartnerState.ACTIVE;
        }
        merge(partner, data);
        apply(partner, event, data.state());
        partner.updatedAt = clock.instant();
        if (isNew) {
            // persisted complete: Hibernate inserts the state the entity has at persist time
            em.persist(partner);
        }
        stored.fire(new PartnerStored(partner.tenantId));
    }

    private static void apply(Partner partner, EventEnvelope event, String state) {
        if (event.is(IdentityGatewayEvents.PARTNER_SUSPENDED)) {
            partner.state = PartnerState.SUSPENDED;
        } else if (event.is(IdentityGatewayEvents.PARTNER_REACTIVATED)) {
            partner.state = PartnerState.ACTIVE;
        } else {
            WireEnums.find(PartnerState.class, state).ifPresent(s -> partner.state = s);
        }
    }

    /** A field the event leaves out keeps its value: a suspension may carry only the tenant id. */
    private static void merge(Partner partner, PartnerChanged data) {
        if (data.name() != null) {
            partner.name = data.name();
        }
        WireEnums.find(PartnerType.class, data.partnerType()).ifPresent(type -> partner.partnerType = type);
        if (data.providerTenantId() != null || partner.partnerType != PartnerType.INDIRECT_RESELLER) {
            partner.providerTenantId = data.providerTenantId();
        }
        if (data.mpnId() != null) {
            partner.mpnId = data.mpnId();
        }
        if (data.country() != null) {
            partner.country = data.country();
        }
        if (data.currency() != null) {
            partner.currency = data.currency();
        }
        // Its producer sends an empty address for none; an event from before addresses leaves the stored one.
        if (data.address() != null) {
            partner.address = PostalAddress.of(data.address());
        }
    }
}
