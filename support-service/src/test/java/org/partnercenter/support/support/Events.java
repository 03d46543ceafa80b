package org.partnercenter.support.support;

import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.EventType;
import org.partnercenter.events.customer.CustomerChanged;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.StoredRows;
import org.partnercenter.testing.TopicWriter;

/**
 * Publishes the events this service consumes, as their producers do: customer-service's customer events
 * (keyed by customer) and the gateway's partner events (keyed by tenant), built from the producers' committed
 * samples so that a field a producer renames fails these tests.
 */
public final class Events {

    private Events() {
    }

    /** customer-service's sample event of {@code type}, for this customer of this partner (and reseller). */
    public static EventEnvelope customer(EventType<CustomerChanged> type, UUID customerId, UUID partnerTenantId,
            UUID reseller) {
        return EventSamples.of(type).with("customerId", customerId).with("partnerTenantId", partnerTenantId)
                .with("associatedPartnerId", reseller).withAFieldFromTheFuture().envelope(customerId);
    }

    /** The gateway's sample {@code partner.registered} event for this partner. */
    public static EventEnvelope partner(UUID tenantId, String partnerType, UUID providerTenantId, String name) {
        return EventSamples.of(IdentityGatewayEvents.PARTNER_REGISTERED).with("tenantId", tenantId)
                .with("partnerType", partnerType).with("providerTenantId", providerTenantId).with("name", name)
                .envelope(tenantId);
    }

    /** A customer of the partner that this service knows, once the event is applied. */
    public static UUID knownCustomer(Caller partner) {
        return knownCustomer(partner.partnerTenantId(), null);
    }

    public static UUID knownCustomer(UUID partnerTenantId, UUID reseller) {
        UUID id = UUID.randomUUID();
        send(CustomerServiceEvents.CUSTOMERS.name(),
                customer(CustomerServiceEvents.CUSTOMER_CREATED, id, partnerTenantId, reseller));
        StoredRows.awaitStored("select count(*) from customer where id = ?1", id);
        return id;
    }

    /** Each event keyed by its subject, as its producer keys it. */
    public static void send(String topic, EventEnvelope... events) {
        publish(topic, null, events);
    }

    /** Every event under one key, so that they are consumed in this order. */
    public static void sendOnOneKey(String topic, String key, EventEnvelope... events) {
        publish(topic, key, events);
    }

    private static void publish(String topic, String key, EventEnvelope... events) {
        TopicWriter.send(topic, key, events);
    }

    public static String bootstrapServers() {
        return TopicWriter.bootstrapServers();
    }
}
