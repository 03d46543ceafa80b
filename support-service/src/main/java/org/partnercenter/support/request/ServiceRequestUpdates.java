package org.partnercenter.support.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.caller.ProviderFeature;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.request.Body;
import org.partnercenter.events.support.SupportServiceEvents;
import org.partnercenter.support.timeline.ActivityAction;
import org.partnercenter.support.timeline.Actor;
import org.partnercenter.support.timeline.Timeline;

/** Applies a PATCH: a note, a status change, a severity change, by the partner or by support. */
@ApplicationScoped
public class ServiceRequestUpdates {

    private final ServiceRequestQueries requests;
    private final Timeline timeline;
    private final TicketEvents events;
    private final Clock clock;

    ServiceRequestUpdates(ServiceRequestQueries requests, Timeline timeline, TicketEvents events, Clock clock) {
        this.requests = requests;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** The same change through the customer's route: the request must be about that customer. */
    @Transactional
    public ServiceRequest update(Caller caller, CallerScope customerScope, UUID customerId, String id,
            Body<ServiceRequestPatch> body) {
        requireWrite(caller);
        requests.ofCustomer(caller, customerScope, customerId, id);
        return update(caller, id, body);
    }

    @Transactional
    public ServiceRequest update(Caller caller, String id, Body<ServiceRequestPatch> body) {
        requireWrite(caller);
        // Bean Validation waits for the severity rule below: support may not change it, whatever else it sent.
        ServiceRequestPatch patch = body.read();
        if (patch == null) {
            body.valid();
        }
        ServiceRequest r = requests.lock(RequestScope.of(caller), id);
        Actor actor = Actor.of(caller);
        if (actor.isOperator() && severityChanges(patch.severityAsked(), r.severity)) {
            caller.require(Access.SERVICE_REQUEST_OPEN);
        }
        List<String> problems = new ArrayList<>();
        ServiceRequestStatus wanted = changed(ServiceRequestStatus.class, "status", patch.statusAsked(), r.status,
                problems);
        Severity severity = changed(Severity.class, "severity", patch.severityAsked(), r.severity, problems);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The request is not valid: " + String.join("; ", problems) + ".", problems);
        }
        body.valid();
        String note = patch.noteText();
        if (wanted == null && severity == null && note == null) {
            return r;
        }
        if (actor.isOperator()) {
            StatusRules.checkOperator(r, wanted);
        } else {
            StatusRules.checkPartner(r, wanted, note != null, severity != null);
        }
        Instant now = clock.instant();
        if (wanted == ServiceRequestStatus.OPEN && r.status == ServiceRequestStatus.CLOSED) {
            setStatus(r, ServiceRequestStatus.OPEN, actor, now);
        }
        if (note != null) {
            timeline.record(r.id, now, actor, ActivityAction.NOTE_ADDED, null, null, note);
        }
        if (severity != null) {
            timeline.record(r.id, now, actor, ActivityAction.SEVERITY_CHANGED, WireEnums.wireName(r.severity),
                    WireEnums.wireName(severity), null);
            r.severity = severity;
        }
        boolean partnerReplied = !actor.isOperator() && note != null
                && r.status == ServiceRequestStatus.ATTENTION_NEEDED && wanted != ServiceRequestStatus.CLOSED;
        if (partnerReplied) {
            setStatus(r, ServiceRequestStatus.OPEN, actor, now);
        }
        if (wanted == ServiceRequestStatus.ATTENTION_NEEDED || wanted == ServiceRequestStatus.CLOSED) {
            setStatus(r, wanted, actor, now);
        }
        r.lastModifiedAt = now;
        events.publish(wanted == ServiceRequestStatus.CLOSED ? SupportServiceEvents.TICKET_CLOSED
                : SupportServiceEvents.TICKET_UPDATED, r);
        return r;
    }

    private static void requireWrite(Caller caller) {
        caller.refuseResellers(ProviderFeature.SERVICE_REQUESTS);
        caller.require(Access.SERVICE_REQUEST_WRITE);
    }

    private void setStatus(ServiceRequest r, ServiceRequestStatus to, Actor actor, Instant now) {
        timeline.record(r.id, now, actor, ActivityAction.STATUS_CHANGED, WireEnums.wireName(r.status),
                WireEnums.wireName(to), null);
        r.status = to;
        if (to == ServiceRequestStatus.CLOSED) {
            r.lastClosedAt = now;
        }
    }

    /** Whether the PATCH asks for a severity other than the current one, readable or not. */
    private static boolean severityChanges(String text, Severity current) {
        return text != null && !text.isBlank()
                && WireEnums.find(Severity.class, text.trim()).filter(s -> s == current).isEmpty();
    }

    /** The value asked for, or null when absent or equal to the current one (the SDK echoes what it read). */
    private static <E extends Enum<E>> E changed(Class<E> type, String field, String text, E current,
            List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        E value = WireEnums.find(type, text.trim()).orElse(null);
        if (value == null) {
            problems.add(field + ": '" + text + "' is not one of " + WireEnums.allowed(type));
        }
        return value == current ? null : value;
    }
}
