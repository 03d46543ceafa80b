package org.partnercenter.commons.sample;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;

/** Counts widget events by name: an effect that would show a repeat. */
@ApplicationScoped
public class WidgetTally {

    public static final String CONSUMER = "widget-tally";

    private final ConsumedEvents consumed;
    private final EntityManager em;

    WidgetTally(ConsumedEvents consumed, EntityManager em) {
        this.consumed = consumed;
        this.em = em;
    }

    @Incoming("widget-events")
    @Blocking
    public void on(EventEnvelope event) {
        consumed.apply(CONSUMER, event, e -> {
            if (e.data().path("name").asText().startsWith("poison")) {
                throw new IllegalStateException("this widget cannot be counted");
            }
            em.createNativeQuery("insert into widget_tally (name, count) values (?1, 1) "
                            + "on conflict (name) do update set count = widget_tally.count + 1")
                    .setParameter(1, e.data().path("name").asText())
                    .executeUpdate();
        });
    }

    public int count(String name) {
        var rows = em.createNativeQuery("select count from widget_tally where name = ?1")
                .setParameter(1, name).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }
}
