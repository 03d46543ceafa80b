package org.partnercenter.support.request;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.events.OutgoingEvent;
import org.partnercenter.commons.events.Topics;

/** Publishes a request's events through the outbox, keyed by its partner so that they stay in order. */
@ApplicationScoped
public class TicketEvents {

    private final Outbox outbox;

    TicketEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(String type, ServiceRequest r) {
        outbox.publish(new OutgoingEvent(Topics.TICKETS, r.partnerTenantId.toString(), type, r.id.toString(),
                TicketEventData.SCHEMA_VERSION, ServiceRequestMapper.event(r)));
    }
}
