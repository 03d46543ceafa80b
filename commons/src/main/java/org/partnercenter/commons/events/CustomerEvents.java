package org.partnercenter.commons.events;

import org.partnercenter.events.customer.CustomerChanged;
import org.partnercenter.events.customer.CustomerServiceEvents;

/** Reads customer-service's {@code customer.*} events as every service that keeps a copy of customers needs them. */
public final class CustomerEvents {

    private CustomerEvents() {
    }

    /**
     * The customer as it is after the change.
     *
     * @throws IllegalArgumentException for an event that names no customer or partner: a consumer parks it, since
     *         no retry mends it and nobody can tell whose customer it is
     */
    public static CustomerChanged read(EventEnvelope event) {
        CustomerChanged data = EventJson.dataOfAny(event, CustomerServiceEvents.CUSTOMER_EVENTS);
        if (data.customerId() == null || data.partnerTenantId() == null) {
            throw new IllegalArgumentException("customer event " + event.id() + " names no customerId or "
                    + "partnerTenantId");
        }
        return data;
    }
}
