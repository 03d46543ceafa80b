package org.partnercenter.billing.price;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.pricing.PricingServiceEvents;

/** Learns price-list versions and exchange-rate sets from pricing-service's {@code partner-center.prices} topic. */
@ApplicationScoped
public class PriceEventsConsumer {

    static final String CONSUMER = "billing-service.prices";

    private final ConsumedEvents consumed;
    private final PriceCopies copies;

    PriceEventsConsumer(ConsumedEvents consumed, PriceCopies copies) {
        this.consumed = consumed;
        this.copies = copies;
    }

    @Incoming("prices")
    @Blocking(ordered = true)
    public void on(EventEnvelope event) {
        consumed.applyIfOneOf(CONSUMER, event, PriceCopies.APPLIED, copies::apply);
    }
}
