package org.partnercenter.support.support;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.events.RelayProducers;
import org.partnercenter.commons.events.Topics;
import org.partnercenter.testing.StoredRows;

/**
 * Publishes the events this service consumes, as their producers do: customer-service's customer events
 * (keyed by customer) and the gateway's partner events (keyed by tenant), in their schema version 1.
 */
public final class Events {

    private Events() {
    }

    public static EventEnvelope customer(String type, UUID customerId, UUID partnerTenantId, UUID reseller) {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("customerId", customerId.toString())
                .put("partnerTenantId", partnerTenantId.toString())
                .put("domain", "c" + customerId.toString().substring(0, 8) + ".onmicrosoft.com")
                .put("companyName", "Customer " + customerId.toString().substring(0, 8))
                .put("aFieldFromTheFuture", "ignored");
        if (reseller != null) {
            data.put("associatedPartnerId", reseller.toString());
        }
        return envelope("/customer-service", type, customerId, data);
    }

    public static EventEnvelope partner(UUID tenantId, String partnerType, UUID providerTenantId, String name) {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("tenantId", tenantId.toString())
                .put("name", name)
                .put("partnerType", partnerType)
                .put("country", "US")
                .put("currency", "USD")
                .put("state", "active");
        if (providerTenantId != null) {
            data.put("providerTenantId", providerTenantId.toString());
        }
        return envelope("/identity-gateway", "partner.registered", tenantId, data);
    }

    /** A customer of the partner that this service knows, once the event is applied. */
    public static UUID knownCustomer(Caller partner) {
        return knownCustomer(partner.partnerTenantId(), null);
    }

    public static UUID knownCustomer(UUID partnerTenantId, UUID reseller) {
        UUID id = UUID.randomUUID();
        send(Topics.CUSTOMERS, customer("customer.created", id, partnerTenantId, reseller));
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
        try (KafkaProducer<String, String> producer = RelayProducers.create(bootstrapServers(), "support-test")) {
            for (EventEnvelope event : events) {
                producer.send(new ProducerRecord<>(topic, key != null ? key : event.subject(), EventJson.write(event)))
                        .get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish events", e);
        }
    }

    private static EventEnvelope envelope(String source, String type, UUID subject, ObjectNode data) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                subject.toString(), java.time.Instant.now(), "application/json", 1, null, null, data);
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
