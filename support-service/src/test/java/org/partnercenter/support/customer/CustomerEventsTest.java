package org.partnercenter.support.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.events.Topics;
import org.partnercenter.support.support.Events;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class CustomerEventsTest {

    @Test
    void shouldApplyACustomerEventOnceWhenItIsRedeliveredAfterALaterOne() {
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID reseller = UUID.randomUUID();
        var created = Events.customer("customer.created", customer, partner, null);
        var associated = Events.customer("customer.updated", customer, partner, reseller);

        Events.send(Topics.CUSTOMERS, created, associated, created);
        StoredRows.awaitStored("select count(*) from consumed_event where event_id = ?1", associated.id());
        Events.send(Topics.CUSTOMERS, Events.customer("customer.deleted", customer, partner, reseller));

        StoredRows.awaitStored("select count(*) from customer where id = ?1 and deleted", customer);
        assertThat(StoredRows.count("select count(*) from customer where id = ?1 and reseller_tenant_id = ?2", customer,
                reseller)).isEqualTo(1);
        assertThat(StoredRows.count("select count(*) from consumed_event where event_id = ?1", created.id())).isEqualTo(1);
    }
}
