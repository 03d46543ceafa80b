package org.partnercenter.billing.customer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.customer.CustomerServiceEvents;

/** Learns customers from customer-service's {@code partner-center.customers} topic. */
@ApplicationScoped
public class CustomerEventsConsumer {

    static final String CONSUMER = "billing-service.customers";

    private final ConsumedEvents consumed;
    private final CustomerDirectory directory;

    CustomerEventsConsumer(ConsumedEvents consumed, CustomerDirectory directory) {
        this.consumed = consumed;
        this.directory = directory;
    }

    @Incoming("customers")
    @Blocking(ordered = true)
    public void on(EventEnvelope event) {
        consumed.applyIfOneOf(CONSUMER, event, CustomerServiceEvents.CUSTOMER_EVENTS, directory::apply);
    }
}
