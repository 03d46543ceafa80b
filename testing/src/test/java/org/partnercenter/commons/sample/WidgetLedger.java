package org.partnercenter.commons.sample;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;

/** Logs each widget created, as a consumer of the sample's own events: the end of the chain the tracing test follows. */
@ApplicationScoped
public class WidgetLedger {

    public static final String CONSUMER = "widget-ledger";
    private static final Logger LOG = Logger.getLogger(WidgetLedger.class);

    private final ConsumedEvents consumed;

    WidgetLedger(ConsumedEvents consumed) {
        this.consumed = consumed;
    }

    @Incoming("widgets")
    @Blocking
    public void on(EventEnvelope event) {
        consumed.apply(CONSUMER, event, e -> LOG.infof("Widget %s created: %s", e.subject(), e.data().path("name")));
    }
}
