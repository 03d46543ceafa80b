package org.partnercenter.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.partnercenter.commons.request.Correlation;

/**
 * The idempotent consumer: applies an event's effect only the first time its id is seen by this
 * consumer, recording the id in the same transaction as the effect. A redelivered event (Kafka delivers
 * at least once) then changes nothing, and a failed effect leaves no record, so the retry applies it.
 */
@ApplicationScoped
public class ConsumedEvents {

    private final EntityManager em;

    ConsumedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * @param consumer names the consumer (one service may consume one event in several ways)
     * @return whether the effect ran (false for a repeat)
     */
    @Transactional
    public boolean applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        int inserted = em.createNativeQuery("insert into consumed_event (consumer, event_id) values (?1, ?2) "
                        + "on conflict (consumer, event_id) do nothing")
                .setParameter(1, consumer).setParameter(2, event.id())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        Correlation.set(event.correlationid(), event.requestid());
        try {
            effect.accept(event);
        } finally {
            Correlation.clear();
        }
        return true;
    }
}
