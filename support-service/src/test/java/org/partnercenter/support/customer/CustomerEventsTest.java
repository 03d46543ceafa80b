package org.partnercenter.support.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_CREATED;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_UPDATED;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.support.support.Events;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.SampleEvent;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class CustomerEventsTest {

    @Test
    void shouldStoreTheCustomerAsCustomerServiceSentItWhenItIsCreated() {
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID reseller = UUID.randomUUID();
        SampleEvent sample = EventSamples.of(CUSTOMER_CREATED).with("customerId", customer)
                .with("partnerTenantId", partner).with("associatedPartnerId", reseller);

        Events.send(CustomerServiceEvents.CUSTOMERS.name(), sample.envelope(customer));

        StoredRows.awaitStored("select count(*) from customer where id = ?1", customer);
        assertThat(StoredRows.count("select count(*) from customer where id = ?1 and partner_tenant_id = ?2 "
                + "and reseller_tenant_id = ?3 and company_name = ?4 and not deleted", customer, partner, reseller,
                sample.text("companyName"))).isEqualTo(1);
    }

    @Test
    void shouldApplyACustomerEventOnceWhenItIsRedeliveredAfterALaterOne() {
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID reseller = UUID.randomUUID();
        UUID sentinel = UUID.randomUUID();
        var created = Events.customer(CUSTOMER_CREATED, customer, partner, null);

        // One key, one partition: the sentinel customer is stored only after the redelivered event was handled.
        Events.sendOnOneKey(CustomerServiceEvents.CUSTOMERS.name(), customer.toString(), created,
                Events.customer(CUSTOMER_UPDATED, customer, partner, reseller), created,
                Events.customer(CUSTOMER_CREATED, sentinel, partner, null));

        StoredRows.awaitStored("select count(*) from customer where id = ?1", sentinel);
        // Applied again, the creation would have taken the reseller away; refused by the table instead of skipped,
        // it would have been parked as a failure.
        assertThat(StoredRows.count("select count(*) from customer where id = ?1 and reseller_tenant_id = ?2", customer,
                reseller)).isEqualTo(1);
        assertThat(StoredRows.count("select count(*) from parked_event where event_id = ?1", created.id())).isZero();
    }
}
