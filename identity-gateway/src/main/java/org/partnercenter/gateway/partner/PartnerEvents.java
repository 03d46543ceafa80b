package org.partnercenter.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.events.EventType;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.events.gateway.PartnerChanged;

/** Writes partner changes to the outbox, keyed by tenant so one partner's events stay in order. */
@ApplicationScoped
class PartnerEvents {

    private static final PartnerChanged.Address NO_ADDRESS = new PartnerChanged.Address(null, null, null, null, null,
            null, null, null);

    private final Outbox outbox;

    PartnerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void registered(PartnerOrganization partner) {
        changed(partner, IdentityGatewayEvents.PARTNER_REGISTERED);
    }

    void changed(PartnerOrganization partner, EventType<PartnerChanged> type) {
        outbox.publish(type, partner.tenantId.toString(), partner.tenantId.toString(), event(partner));
    }

    /**
     * Enums as their wire names: the payload carries text so that consumers tolerate values they do not know. A
     * partner without an address carries an empty one, so that an address removed is removed from the services'
     * copies too (an event without the field, older than it, leaves their copy as it was).
     */
    static PartnerChanged event(PartnerOrganization partner) {
        return new PartnerChanged(partner.tenantId, partner.name, wireName(partner.partnerType),
                partner.providerTenantId, partner.mpnId, partner.country, partner.currency, wireName(partner.state),
                partner.address == null ? NO_ADDRESS : partner.address.toEvent());
    }

    private static String wireName(Enum<?> value) {
        return value == null ? null : WireEnums.wireName(value);
    }
}
