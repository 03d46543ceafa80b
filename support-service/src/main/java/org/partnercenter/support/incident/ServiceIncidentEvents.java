package org.partnercenter.support.incident;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.events.EventType;
import org.partnercenter.events.support.ServiceIncidentChanged;

/** Publishes an incident's events through the outbox, keyed by the incident so that they stay in order. */
@ApplicationScoped
public class ServiceIncidentEvents {

    private final Outbox outbox;

    ServiceIncidentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(EventType<ServiceIncidentChanged> type, ServiceIncident incident) {
        outbox.publish(type, incident.id, incident.id, ServiceIncidentMapper.event(incident));
    }
}
