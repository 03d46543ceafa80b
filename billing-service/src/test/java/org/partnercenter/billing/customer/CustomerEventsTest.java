package org.partnercenter.billing.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMERS;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_CREATED;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_DELETED;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_UPDATED;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.support.Events;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.EventType;
import org.partnercenter.events.customer.CustomerChanged;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.SampleEvent;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class CustomerEventsTest {

    private static final Instant EARLIER = Instant.parse("2026-12-07T01:10:26.737077Z");
    private static final Instant LATER = Instant.parse("2026-12-07T01:12:00.5Z");

    @Inject
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldStoreTheCustomerAsCustomerServiceSentItWhenItIsCreated() {
        // given customer-service's sample creation of a reseller's customer
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID reseller = UUID.randomUUID();
        SampleEvent sample = sample(CUSTOMER_CREATED, customer, partner, reseller).with("changedAt", EARLIER);

        // when it is published
        Events.send(CUSTOMERS.name(), sample.envelope(customer));

        // then billing's copy holds every field it uses, as sent
        Events.awaitRow("customer", customer);
        Customer stored = stored(customer);
        assertThat(stored.partnerTenantId).isEqualTo(partner);
        assertThat(stored.resellerTenantId).isEqualTo(reseller);
        assertThat(stored.companyName).isEqualTo(sample.text("companyName"));
        assertThat(stored.domain).isEqualTo(sample.text("domain"));
        assertThat(stored.country).isEqualTo(sample.text("country"));
        assertThat(stored.deleted).isFalse();
        assertThat(stored.changedAt).isEqualTo(EARLIER);
    }

    @Test
    void shouldKeepTheCustomerMarkedDeletedWhenItIsDeleted() {
        // given a known customer
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        SampleEvent deletion = sample(CUSTOMER_DELETED, customer, partner, null).with("changedAt", LATER)
                .with("companyName", "Deleted Contoso");

        // when customer-service deletes it
        Events.sendOnOneKey(CUSTOMERS.name(), customer,
                sample(CUSTOMER_CREATED, customer, partner, null).with("changedAt", EARLIER).envelope(customer),
                deletion.envelope(customer));

        // then the row stays, marked deleted, with the deletion's state (its usage is still billed)
        StoredRows.awaitStored("select count(*) from customer where id = ?1 and deleted", customer);
        Customer stored = stored(customer);
        assertThat(stored.companyName).isEqualTo("Deleted Contoso");
        assertThat(stored.resellerTenantId).isNull();
        assertThat(stored.changedAt).isEqualTo(LATER);
    }

    @Test
    void shouldKeepTheNewerStateWhenAnOlderUpdateArrivesAfterIt() {
        // given an update, and an older one that arrives after it (a republished event)
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID sentinel = UUID.randomUUID();
        EventEnvelope newer = sample(CUSTOMER_UPDATED, customer, partner, null).with("changedAt", LATER)
                .with("companyName", "Fabrikam").envelope(customer);
        EventEnvelope older = sample(CUSTOMER_UPDATED, customer, partner, UUID.randomUUID())
                .with("changedAt", EARLIER).with("companyName", "Contoso Old").envelope(customer);

        // when both arrive, the older last, and then another customer on the same partition
        Events.sendOnOneKey(CUSTOMERS.name(), customer, newer, older,
                sample(CUSTOMER_CREATED, sentinel, partner, null).envelope(sentinel));

        // then the copy holds the newer state
        Events.awaitRow("customer", sentinel);
        Customer stored = stored(customer);
        assertThat(stored.companyName).isEqualTo("Fabrikam");
        assertThat(stored.resellerTenantId).isNull();
        assertThat(stored.changedAt).isEqualTo(LATER);
    }

    @Test
    void shouldChangeNothingWhenAnEventIsDeliveredTwice() {
        // given a customer applied at a first time
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID sentinel = UUID.randomUUID();
        EventEnvelope created = sample(CUSTOMER_CREATED, customer, partner, null).with("changedAt", EARLIER)
                .envelope(customer);
        Instant firstApplied = Instant.parse("2030-01-01T09:00:00Z");
        clock.set(firstApplied);
        Events.send(CUSTOMERS.name(), created);
        Events.awaitRow("customer", customer);

        // when the same event is delivered again later
        clock.set(Instant.parse("2030-01-01T10:00:00Z"));
        Events.sendOnOneKey(CUSTOMERS.name(), customer, created,
                sample(CUSTOMER_CREATED, sentinel, partner, null).envelope(sentinel));

        // then it was not applied again, nor parked
        Events.awaitRow("customer", sentinel);
        assertThat(stored(customer).updatedAt).isEqualTo(firstApplied);
        assertThat(StoredRows.count("select count(*) from parked_event where event_id = ?1", created.id())).isZero();
    }

    @Test
    void shouldParkTheEventWhenItNamesNoPartner() {
        // given a customer event without its partner
        UUID customer = UUID.randomUUID();
        EventEnvelope orphan = sample(CUSTOMER_CREATED, customer, null, null).envelope(customer);

        // when it is published
        Events.send(CUSTOMERS.name(), orphan);

        // then it is parked for the operator, and no customer is stored
        StoredRows.awaitStored("select count(*) from parked_event where event_id = ?1 and consumer = ?2",
                orphan.id(), CustomerEventsConsumer.CONSUMER);
        assertThat(StoredRows.count("select count(*) from customer where id = ?1", customer)).isZero();
    }

    private static SampleEvent sample(EventType<CustomerChanged> type, UUID customer, UUID partner, UUID reseller) {
        return EventSamples.of(type).with("customerId", customer).with("partnerTenantId", partner)
                .with("associatedPartnerId", reseller).withAFieldFromTheFuture();
    }

    private static Customer stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Customer.<Customer>findById(id));
    }
}
