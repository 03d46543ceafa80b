package org.partnercenter.customer.meter;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;

/** Learns meter names from pricing-service's {@code partner-center.prices} topic. */
@ApplicationScoped
public class PriceEventsConsumer {

    static final String CONSUMER = "customer-service.prices";

    private final ConsumedEvents consumed;
    private final MeterCatalogue catalogue;

    PriceEventsConsumer(ConsumedEvents consumed, MeterCatalogue catalogue) {
        this.consumed = consumed;
        this.catalogue = catalogue;
    }

    @Incoming("prices")
    @Blocking(ordered = true)
    public void on(EventEnvelope event) {
        consumed.applyIfOneOf(CONSUMER, event, MeterCatalogue.APPLIED, catalogue::apply);
    }
}
