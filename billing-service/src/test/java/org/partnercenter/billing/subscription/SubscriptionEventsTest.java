package org.partnercenter.billing.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMERS;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_CREATED;
import static org.partnercenter.events.customer.CustomerServiceEvents.SUBSCRIPTIONS;
import static org.partnercenter.events.customer.CustomerServiceEvents.SUBSCRIPTION_CREATED;
import static org.partnercenter.events.customer.CustomerServiceEvents.SUBSCRIPTION_UPDATED;

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
import org.partnercenter.events.customer.SubscriptionChanged;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.SampleEvent;
import org.partnercenter.testing.StoredRows;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class SubscriptionEventsTest {

    private static final Instant EARLIER = Instant.parse("2026-12-07T01:10:36.574375Z");
    private static final Instant LATER = Instant.parse("2026-12-07T01:10:37.342170Z");

    @Inject
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldStoreTheSubscriptionAsCustomerServiceSentItWhenItIsCreated() {
        // given customer-service's sample creation of a subscription of a reseller's customer
        UUID subscription = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID reseller = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        SampleEvent sample = sample(SUBSCRIPTION_CREATED, subscription, customer, partner).with("changedAt", EARLIER)
                .with("associatedPartnerId", reseller).with("orderId", order);

        // when it is published
        Events.sendOnOneKey(SUBSCRIPTIONS.name(), customer, sample.envelope(subscription));

        // then billing's copy holds every field it uses, as sent
        Events.awaitRow("subscription", subscription);
        Subscription stored = stored(subscription);
        assertThat(stored.customerId).isEqualTo(customer);
        assertThat(stored.partnerTenantId).isEqualTo(partner);
        assertThat(stored.resellerTenantId).isEqualTo(reseller);
        assertThat(stored.orderId).isEqualTo(order);
        assertThat(stored.offerId).isEqualTo(sample.text("offerId"));
        assertThat(stored.offerName).isEqualTo(sample.text("offerName"));
        assertThat(stored.entitlementId).hasToString(sample.text("entitlementId"));
        assertThat(stored.description).isEqualTo(sample.text("friendlyName"));
        assertThat(stored.quantity).isEqualTo(Integer.parseInt(sample.text("quantity")));
        assertThat(stored.status).isEqualTo(sample.text("status"));
        assertThat(stored.billingCycle).isEqualTo(sample.text("billingCycle"));
        assertThat(stored.changedAt).isEqualTo(EARLIER);
    }

    @Test
    void shouldKeepTheSubscriptionWhenItArrivesBeforeItsCustomer() {
        // given a subscription whose customer billing has not heard of
        UUID subscription = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();

        // when the subscription arrives first
        Events.sendOnOneKey(SUBSCRIPTIONS.name(), customer, sample(SUBSCRIPTION_CREATED, subscription, customer,
                partner).envelope(subscription));

        // then it is kept, and the customer joins it when it arrives
        Events.awaitRow("subscription", subscription);
        assertThat(StoredRows.count("select count(*) from customer where id = ?1", customer)).isZero();
        Events.send(CUSTOMERS.name(), EventSamples.of(CUSTOMER_CREATED).with("customerId", customer)
                .with("partnerTenantId", partner).envelope(customer));
        Events.awaitRow("customer", customer);
        assertThat(StoredRows.count("select count(*) from subscription s join customer c on c.id = s.customer_id "
                + "where s.id = ?1", subscription)).isEqualTo(1);
    }

    @Test
    void shouldKeepTheNewerStateWhenAnOlderUpdateArrivesAfterIt() {
        // given a renaming and suspension, and an older update that arrives after it
        UUID subscription = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID sentinel = UUID.randomUUID();
        EventEnvelope newer = sample(SUBSCRIPTION_UPDATED, subscription, customer, partner).with("changedAt", LATER)
                .with("friendlyName", "Production").with("status", "suspended").envelope(subscription);
        EventEnvelope older = sample(SUBSCRIPTION_UPDATED, subscription, customer, partner)
                .with("changedAt", EARLIER).with("friendlyName", "Staging").with("status", "active")
                .envelope(subscription);

        // when both arrive on the customer's partition, the older last
        Events.sendOnOneKey(SUBSCRIPTIONS.name(), customer, newer, older,
                sample(SUBSCRIPTION_CREATED, sentinel, customer, partner).envelope(sentinel));

        // then the copy holds the newer state
        Events.awaitRow("subscription", sentinel);
        Subscription stored = stored(subscription);
        assertThat(stored.description).isEqualTo("Production");
        assertThat(stored.status).isEqualTo("suspended");
        assertThat(stored.changedAt).isEqualTo(LATER);
    }

    @Test
    void shouldChangeNothingWhenAnEventIsDeliveredTwice() {
        // given a subscription applied at a first time
        UUID subscription = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID sentinel = UUID.randomUUID();
        EventEnvelope created = sample(SUBSCRIPTION_CREATED, subscription, customer, partner)
                .with("changedAt", EARLIER).envelope(subscription);
        Instant firstApplied = Instant.parse("2030-01-01T09:00:00Z");
        clock.set(firstApplied);
        Events.sendOnOneKey(SUBSCRIPTIONS.name(), customer, created);
        Events.awaitRow("subscription", subscription);

        // when the same event is delivered again later
        clock.set(Instant.parse("2030-01-01T10:00:00Z"));
        Events.sendOnOneKey(SUBSCRIPTIONS.name(), customer, created,
                sample(SUBSCRIPTION_CREATED, sentinel, customer, partner).envelope(sentinel));

        // then it was not applied again, nor parked
        Events.awaitRow("subscription", sentinel);
        assertThat(stored(subscription).updatedAt).isEqualTo(firstApplied);
        assertThat(StoredRows.count("select count(*) from parked_event where event_id = ?1", created.id())).isZero();
    }

    private static SampleEvent sample(EventType<SubscriptionChanged> type, UUID subscription, UUID customer,
            UUID partner) {
        return EventSamples.of(type).with("subscriptionId", subscription).with("customerId", customer)
                .with("partnerTenantId", partner).withAFieldFromTheFuture();
    }

    private static Subscription stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Subscription.<Subscription>findById(id));
    }
}
