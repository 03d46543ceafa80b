package org.partnercenter.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Keeps the events a consumer gave up on, with the reason, so that none is lost silently. */
@ApplicationScoped
public class ParkedEvents {

    private final EntityManager em;

    ParkedEvents(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void park(String consumer, EventEnvelope event, Throwable failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        em.createNativeQuery("insert into parked_event (consumer, event_id, payload, error) values (?1, ?2, ?3, ?4) "
                        + "on conflict (consumer, event_id) do update set error = excluded.error, parked_at = now()")
                .setParameter(1, consumer).setParameter(2, event.id()).setParameter(3, EventJson.write(event))
                .setParameter(4, error.length() > 2000 ? error.substring(0, 2000) : error)
                .executeUpdate();
    }

    public long count(String consumer) {
        return ((Number) em.createNativeQuery("select count(*) from parked_event where consumer = ?1")
                .setParameter(1, consumer).getSingleResult()).longValue();
    }
}
