package org.partnercenter.events.support;

import java.util.List;
import org.partnercenter.events.EventType;
import org.partnercenter.events.Topic;

/** What support-service publishes: the life of service requests (tickets), keyed by their partner. */
public final class SupportServiceEvents {

    public static final Topic TICKETS = new Topic("partner-center.tickets", "support-service", "partner tenant id");

    public static final EventType<TicketChanged> TICKET_CREATED = ticket("ticket.created");
    public static final EventType<TicketChanged> TICKET_UPDATED = ticket("ticket.updated");
    public static final EventType<TicketChanged> TICKET_ESCALATED = ticket("ticket.escalated");
    public static final EventType<TicketChanged> TICKET_CLOSED = ticket("ticket.closed");

    public static final List<EventType<?>> ALL = List.of(TICKET_CREATED, TICKET_UPDATED, TICKET_ESCALATED,
            TICKET_CLOSED);

    private SupportServiceEvents() {
    }

    private static EventType<TicketChanged> ticket(String name) {
        return new EventType<>(TICKETS, name, 1, TicketChanged.class);
    }
}
