package org.partnercenter.billing.subscription;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.customer.CustomerServiceEvents;

/** Learns subscriptions from customer-service's {@code partner-center.subscriptions} topic. */
@ApplicationScoped
public class SubscriptionEventsConsumer {

    static final String CONSUMER = "billing-service.subscriptions";

    private final ConsumedEvents consumed;
    private final SubscriptionDirectory directory;

    SubscriptionEventsConsumer(ConsumedEvents consumed, SubscriptionDirectory directory) {
        this.consumed = consumed;
        this.directory = directory;
    }

    @Incoming("subscriptions")
    @Blocking(ordered = true)
    public void on(EventEnvelope event) {
        consumed.applyIfOneOf(CONSUMER, event, CustomerServiceEvents.SUBSCRIPTION_EVENTS, directory::apply);
    }
}
