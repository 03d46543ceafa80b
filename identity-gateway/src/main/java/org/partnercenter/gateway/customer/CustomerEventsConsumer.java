package org.partnercenter.gateway.customer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.customer.CustomerServiceEvents;

/** Learns customers' names from customer-service's {@code partner-center.customers} topic, each event once. */
@ApplicationScoped
public class CustomerEventsConsumer {

    static final String CONSUMER = "identity-gateway.customers";

    private final ConsumedEvents consumed;
    private final CustomerNames names;

    CustomerEventsConsumer(ConsumedEvents consumed, CustomerNames names) {
        this.consumed = consumed;
        this.names = names;
    }

    @Incoming("customers")
    @Blocking(ordered = true)
    public void on(EventEnvelope event) {
        consumed.applyIfOneOf(CONSUMER, event, CustomerServiceEvents.CUSTOMER_EVENTS, names::apply);
    }
}
