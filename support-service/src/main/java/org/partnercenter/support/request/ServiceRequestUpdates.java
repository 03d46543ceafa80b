package org.partnercenter.support.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.support.access.Bodies;
import org.partnercenter.support.access.SupportAccess;
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
    private final Bodies bodies;

    ServiceRequestUpdates(ServiceRequestQueries requests, Timeline timeline, TicketEvents events, Clock clock,
            Bodies bodies) {
        this.requests = requests;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
        this.bodies = bodies;
    }

    @Transactional
    public ServiceRequest update(Caller caller, String id, ServiceRequestPatch patch) {
        SupportAccess.update(caller);
        if (patch == null) {
            bodies.valid("patch", patch);
        }
        ServiceRequest r = requests.lock(RequestScope.of(caller), id);
        Actor actor = Actor.of(caller);
        if (actor.isOperator() && severityChanges(patch.severity(), r.severity)) {
            SupportAccess.partnerWrite(caller);
        }
        List<String> problems = new ArrayList<>();
        ServiceRequestStatus wanted = changed(ServiceRequestStatus.class, "status", patch.status(), r.status, problems);
        Severity severity = changed(Severity.class, "severity", patch.severity(), r.severity, problems);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The request is not valid: " + String.join("; ", problems) + ".", problems);
        }
        bodies.valid("patch", patch);
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
        events.publish(wanted == ServiceRequestStatus.CLOSED ? "ticket.closed" : "ticket.updated", r);
        return r;
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
