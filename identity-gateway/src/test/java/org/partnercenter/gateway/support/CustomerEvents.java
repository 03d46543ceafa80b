package org.partnercenter.gateway.support;

import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMERS;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_CREATED;

import java.util.UUID;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.StoredRows;
import org.partnercenter.testing.TopicWriter;

/**
 * Publishes customer-service's customer events as it does (keyed by customer id), built from its committed samples so
 * that a field it renames fails the gateway's tests.
 */
public final class CustomerEvents {

    private CustomerEvents() {
    }

    /** A customer of {@code partner} (resold by {@code reseller}, if any) named {@code companyName}, once stored. */
    public static void created(UUID customer, String partner, String reseller, String companyName) {
        send(EventSamples.of(CUSTOMER_CREATED).with("customerId", customer).with("partnerTenantId", partner)
                .with("associatedPartnerId", reseller).with("companyName", companyName).envelope(customer));
        StoredRows.awaitStored("select count(*) from customer_name where customer_id = ?1 and company_name = ?2",
                customer, companyName);
    }

    /** Each event keyed by its subject, acknowledged before the next. */
    public static void send(EventEnvelope... events) {
        TopicWriter.send(CUSTOMERS.name(), null, events);
    }
}
