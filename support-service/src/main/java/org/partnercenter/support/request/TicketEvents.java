package org.partnercenter.support.request;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.events.EventType;
import org.partnercenter.events.support.TicketChanged;

/** Publishes a request's events through the outbox, keyed by its partner so that they stay in order. */
@ApplicationScoped
public class TicketEvents {

    private final Outbox outbox;

    TicketEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(EventType<TicketChanged> type, ServiceRequest r) {
        outbox.publish(type, r.partnerTenantId.toString(), r.id.toString(), ServiceRequestMapper.event(r));
    }
}
