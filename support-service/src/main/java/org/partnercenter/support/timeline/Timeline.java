package org.partnercenter.support.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;

/** Records what happens to requests, and reads it back for the timeline, the notes and the SLA clocks. */
@ApplicationScoped
public class Timeline {

    private static final Keyset<Activity> IN_ORDER = Keyset.of(Activity.class).by("id", Long.class, a -> a.id);

    private final EntityManager em;

    Timeline(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long requestId, Instant at, Actor actor, ActivityAction action, String from, String to,
            String text) {
        Activity a = new Activity();
        a.serviceRequestId = requestId;
        a.occurredAt = at;
        a.actorSide = actor.side();
        a.actorId = actor.id();
        a.actorName = actor.name();
        a.action = action;
        a.fromValue = from;
        a.toValue = to;
        a.text = text;
        em.persist(a);
    }

    /** The whole history of each request, in order: what a page of requests needs for notes and clocks. */
    @Transactional
    public Map<Long, List<Activity>> of(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        em.flush();
        return em.createQuery("select a from Activity a where a.serviceRequestId in :ids order by a.id", Activity.class)
                .setParameter("ids", requestIds).getResultStream()
                .collect(Collectors.groupingBy(a -> a.serviceRequestId, Collectors.toList()));
    }

    @Transactional
    public Page<Activity> page(long requestId, PageRequest page) {
        return IN_ORDER.fetch(em, "e.serviceRequestId = :id", Map.of("id", requestId), page);
    }
}
