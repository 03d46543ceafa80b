package org.partnercenter.support.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;

/** Reads incidents: every signed-in caller, resellers too, reads all of them (they concern every partner). */
@ApplicationScoped
public class ServiceIncidentQueries {

    /** By workload, so that a page holds each workload's incidents together; oldest first within one. */
    private static final Keyset<ServiceIncident> BY_WORKLOAD = Keyset.of(ServiceIncident.class)
            .by("workload", String.class, i -> i.workload)
            .by("startTime", Instant.class, i -> i.startTime)
            .by("id", String.class, i -> i.id);

    private static final Pattern ID = Pattern.compile("PC[0-9]{1,18}");

    private final EntityManager em;

    ServiceIncidentQueries(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public ServiceIncident get(Caller caller, String id) {
        caller.require(Access.SIGNED_IN);
        return find(id);
    }

    @Transactional
    public Page<ServiceIncident> list(Caller caller, ServiceIncidentFilter filter, PageRequest page) {
        caller.require(Access.SIGNED_IN);
        Map<String, Object> parameters = new HashMap<>();
        return BY_WORKLOAD.fetch(em, filter.condition(parameters), parameters, page);
    }

    /** For a change, inside its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    ServiceIncident find(String id) {
        // Ids are PC and digits: anything else names no incident and never reaches the database.
        ServiceIncident incident = ID.matcher(id.trim()).matches() ? em.find(ServiceIncident.class, id.trim())
                : null;
        if (incident == null) {
            throw ApiException.notFound("No service incident has the id " + id + ". List them with "
                    + "GET /v1/serviceincidents.");
        }
        return incident;
    }

    /** Each incident's messages, oldest first. */
    @Transactional
    public Map<String, List<ServiceIncidentMessage>> messages(Collection<String> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from ServiceIncidentMessage m where m.serviceIncidentId in :ids "
                        + "order by m.id", ServiceIncidentMessage.class)
                .setParameter("ids", incidentIds).getResultList().stream()
                .collect(Collectors.groupingBy(m -> m.serviceIncidentId));
    }

    /** The worst severity among each workload's unresolved incidents; a workload without any is absent. */
    @Transactional
    public Map<String, ServiceIncidentStatus> worstOpen(Collection<String> workloads) {
        Map<String, ServiceIncidentStatus> worst = new HashMap<>();
        if (workloads.isEmpty()) {
            return worst;
        }
        em.createQuery("select distinct e.workload, e.severity from ServiceIncident e where e.endTime is null "
                        + "and e.workload in :workloads", Object[].class)
                .setParameter("workloads", workloads).getResultList()
                .forEach(row -> worst.merge((String) row[0], (ServiceIncidentStatus) row[1],
                        ServiceIncidentStatus::worse));
        return worst;
    }
}
