package org.partnercenter.support.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IfMatch;
import org.partnercenter.events.support.SupportServiceEvents;

/** Declares, updates and resolves incidents (the operator's support); each change and its event commit together. */
@ApplicationScoped
public class ServiceIncidentService {

    /** Clocks differ a little: a time this far ahead of ours is still "now". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private final EntityManager em;
    private final ServiceIncidentQueries queries;
    private final ServiceIncidentEvents events;
    private final Clock clock;

    ServiceIncidentService(EntityManager em, ServiceIncidentQueries queries, ServiceIncidentEvents events,
            Clock clock) {
        this.em = em;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ServiceIncident declare(Caller caller, Body<ServiceIncidentCreate> request) {
        caller.require(Access.SERVICE_INCIDENT_WRITE);
        ServiceIncidentCreate body = request.valid();
        Instant now = clock.instant();
        Instant start = body.startTime() == null ? now : body.startTime();
        List<String> problems = new ArrayList<>();
        checkTime("startTime", start, EARLIEST, "2000-01-01", now, problems);
        refuseIfAny(problems);
        ServiceIncident i = new ServiceIncident();
        i.id = "PC" + ((Number) em.createNativeQuery("select nextval('service_incident_id_seq')").getSingleResult())
                .longValue();
        i.workload = body.workload().trim();
        i.title = body.title().trim();
        i.severity = status(body.status());
        i.impactedArea = trimmed(body.impactedArea());
        i.affectedWorkloadNames = ServiceIncidentMapper.writeNames(body.affectedWorkloadNames());
        i.startTime = start;
        i.createdAt = now;
        i.lastModifiedAt = now;
        em.persist(i);
        if (body.message() != null && !body.message().isBlank()) {
            em.persist(ServiceIncidentMessage.of(i.id, now, body.message().trim()));
        }
        events.publish(SupportServiceEvents.SERVICE_INCIDENT_DECLARED, i);
        return i;
    }

    /** Applies a PATCH made against the etag {@code ifMatch}: a stale one changes nothing (400, code 2055). */
    @Transactional
    public ServiceIncident update(Caller caller, String id, String ifMatch, Body<ServiceIncidentPatch> request) {
        caller.require(Access.SERVICE_INCIDENT_WRITE);
        ServiceIncidentPatch patch = request.valid();
        if (patch.changesNothing()) {
            throw ApiException.badRequest("The request changes nothing: send at least one of title, status, "
                    + "impactedArea, affectedWorkloadNames, message, resolved.", List.of("body"));
        }
        ServiceIncident i = queries.find(id);
        IfMatch.check(ifMatch, null, i.version);
        Instant now = clock.instant();
        boolean resolvesNow = patch.resolves() && !i.isResolved();
        List<String> problems = new ArrayList<>();
        if (patch.endTime() != null && !patch.resolves()) {
            problems.add("endTime: only with resolved: true, when the incident is resolved");
        } else if (resolvesNow && patch.endTime() != null) {
            checkTime("endTime", patch.endTime(), i.startTime, "its startTime " + i.startTime, now, problems);
        }
        refuseIfAny(problems);
        ServiceIncidentStatus status = patch.status() == null ? null : status(patch.status());
        if (i.isResolved()) {
            refuseOnResolved(i, patch, status);
        }
        if (patch.title() != null) {
            i.title = patch.title().trim();
        }
        if (status != null) {
            i.severity = status;
        }
        if (patch.impactedArea() != null) {
            i.impactedArea = trimmed(patch.impactedArea());
        }
        if (patch.affectedWorkloadNames() != null) {
            i.affectedWorkloadNames = ServiceIncidentMapper.writeNames(patch.affectedWorkloadNames());
        }
        if (patch.message() != null) {
            em.persist(ServiceIncidentMessage.of(i.id, now, patch.message().trim()));
        }
        if (resolvesNow) {
            i.endTime = patch.endTime() == null ? now : patch.endTime();
        }
        i.lastModifiedAt = now;
        em.flush(); // see IfMatch: a racing update with the same etag fails here; the answer gets the new etag
        events.publish(resolvesNow ? SupportServiceEvents.SERVICE_INCIDENT_RESOLVED
                : SupportServiceEvents.SERVICE_INCIDENT_UPDATED, i);
        return i;
    }

    /** A resolved incident gains messages and wording, never a new state: a new outage is a new incident. */
    private static void refuseOnResolved(ServiceIncident i, ServiceIncidentPatch patch, ServiceIncidentStatus status) {
        String what = Boolean.FALSE.equals(patch.resolved()) ? "reopened"
                : status != null && status != i.severity ? "given a new status"
                : patch.endTime() != null && !patch.endTime().equals(i.endTime) ? "given another endTime" : null;
        if (what != null) {
            throw ApiException.conflict("Service incident " + i.id + " was resolved at " + i.endTime + " and cannot "
                    + "be " + what + ": declare a new incident (POST /v1/serviceincidents) if the problem is back.");
        }
    }

    private static void checkTime(String field, Instant time, Instant earliest, String earliestName, Instant now,
            List<String> problems) {
        if (time.isBefore(earliest)) {
            problems.add(field + ": " + time + " is before " + earliestName);
        } else if (time.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(field + ": " + time + " is in the future; an incident is declared once it has started "
                    + "and resolved once it has ended");
        }
    }

    private static void refuseIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The request is not valid: " + String.join("; ", problems) + ".", problems);
        }
    }

    private static ServiceIncidentStatus status(String text) {
        return WireEnums.find(ServiceIncidentStatus.class, text.trim()).orElseThrow();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
