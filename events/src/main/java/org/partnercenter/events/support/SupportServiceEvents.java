package org.partnercenter.events.support;

import java.util.List;
import org.partnercenter.events.EventType;
import org.partnercenter.events.Topic;

/**
 * What support-service publishes: the life of service requests (tickets), keyed by their partner, and of service
 * incidents, which concern every partner, keyed by the incident.
 */
public final class SupportServiceEvents {

    public static final Topic TICKETS = new Topic("partner-center.tickets", "support-service", "partner tenant id");
    public static final Topic SERVICE_INCIDENTS = new Topic("partner-center.serviceincidents", "support-service",
            "service incident id");

    public static final EventType<TicketChanged> TICKET_CREATED = ticket("ticket.created");
    public static final EventType<TicketChanged> TICKET_UPDATED = ticket("ticket.updated");
    public static final EventType<TicketChanged> TICKET_ESCALATED = ticket("ticket.escalated");
    public static final EventType<TicketChanged> TICKET_CLOSED = ticket("ticket.closed");

    public static final EventType<ServiceIncidentChanged> SERVICE_INCIDENT_DECLARED = incident(
            "serviceincident.declared");
    public static final EventType<ServiceIncidentChanged> SERVICE_INCIDENT_UPDATED = incident(
            "serviceincident.updated");
    public static final EventType<ServiceIncidentChanged> SERVICE_INCIDENT_RESOLVED = incident(
            "serviceincident.resolved");

    public static final List<EventType<?>> ALL = List.of(TICKET_CREATED, TICKET_UPDATED, TICKET_ESCALATED,
            TICKET_CLOSED, SERVICE_INCIDENT_DECLARED, SERVICE_INCIDENT_UPDATED, SERVICE_INCIDENT_RESOLVED);

    private SupportServiceEvents() {
    }

    private static EventType<TicketChanged> ticket(String name) {
        return new EventType<>(TICKETS, name, 1, TicketChanged.class);
    }

    private static EventType<ServiceIncidentChanged> incident(String name) {
        return new EventType<>(SERVICE_INCIDENTS, name, 1, ServiceIncidentChanged.class);
    }
}
