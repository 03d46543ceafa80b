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

    /** The activities the SLA clocks count (notes and status changes), in order, without the notes' texts. */
    @Transactional
    public Map<Long, List<ClockEvent>> clockEvents(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        em.flush();
        return em.createQuery("select new org.partnercenter.support.timeline.ClockEvent(a.serviceRequestId, "
                        + "a.occurredAt, a.action, a.actorSide, a.toValue) from Activity a "
                        + "where a.serviceRequestId in :ids and a.action in :actions order by a.id", ClockEvent.class)
                .setParameter("ids", requestIds)
                .setParameter("actions", List.of(ActivityAction.NOTE_ADDED, ActivityAction.STATUS_CHANGED))
                .getResultStream()
                .collect(Collectors.groupingBy(ClockEvent::serviceRequestId, Collectors.toList()));
    }

    /** The latest {@code limit} notes of each request, oldest first; the rest are on the paged timeline. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<Long, List<Activity>> latestNotes(Collection<Long> requestIds, int limit) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        em.flush();
        List<Activity> notes = em.createNativeQuery("select a.* from service_request_activity a where a.id in ("
                        + "select id from (select id, row_number() over (partition by service_request_id "
                        + "order by id desc) as n from service_request_activity "
                        + "where service_request_id in (:ids) and action = :action) latest where n <= :limit) "
                        + "order by a.id", Activity.class)
                .setParameter("ids", requestIds)
                .setParameter("action", ActivityAction.NOTE_ADDED.name())
                .setParameter("limit", limit)
                .getResultList();
        return notes.stream().collect(Collectors.groupingBy(a -> a.serviceRequestId, Collectors.toList()));
    }

    @Transactional
    public Page<Activity> page(long requestId, PageRequest page) {
        return IN_ORDER.fetch(em, "e.serviceRequestId = :id", Map.of("id", requestId), page);
    }
}
