package org.partnercenter.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnercenter.commons.events.OutgoingEvent;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.events.Topics;

/** Writes partner changes to the outbox, keyed by tenant so one partner's events stay in order. */
@ApplicationScoped
class PartnerEvents {

    private final Outbox outbox;

    PartnerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void registered(PartnerOrganization partner) {
        changed(partner, "partner.registered");
    }

    void changed(PartnerOrganization partner, String type) {
        outbox.publish(new OutgoingEvent(Topics.PARTNERS, partner.tenantId.toString(), type,
                partner.tenantId.toString(), PartnerChanged.SCHEMA_VERSION, PartnerChanged.of(partner)));
    }
}
