package org.partnercenter.customer.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
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

/** Publishes partner events as the gateway does: CloudEvents on partner-center.partners, keyed by tenant. */
public final class PartnerEvents {

    private PartnerEvents() {
    }

    /** A {@code partner.registered} event in the gateway's schema (version 1). */
    public static EventEnvelope registered(UUID tenantId, String type, UUID providerTenantId, String name) {
        return event("partner.registered", tenantId, type, providerTenantId, name);
    }

    public static EventEnvelope event(String eventType, UUID tenantId, String type, UUID providerTenantId,
            String name) {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("tenantId", tenantId.toString())
                .put("name", name)
                .put("partnerType", type)
                .put("mpnId", "48" + Math.abs(tenantId.hashCode() % 100000))
                .put("country", "US")
                .put("currency", "USD")
                .put("state", "active")
                .put("aFieldFromTheFuture", "ignored");
        if (providerTenantId != null) {
            data.put("providerTenantId", providerTenantId.toString());
        }
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/identity-gateway",
                eventType, tenantId.toString(), Instant.now(), "application/json", 1, null, null, data);
    }

    public static void send(String key, String... values) {
        try (KafkaProducer<String, String> producer = RelayProducers.create(bootstrapServers(), "partner-events-test")) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(Topics.PARTNERS, key, value)).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish partner events", e);
        }
    }

    public static void send(EventEnvelope... events) {
        String key = events[0].subject();
        String[] values = new String[events.length];
        for (int i = 0; i < events.length; i++) {
            values[i] = EventJson.write(events[i]);
        }
        send(key, values);
    }

    /** Registers a provider with one reseller and waits until this service knows both. */
    public static void providerWithReseller(Caller provider, UUID reseller) {
        send(registered(provider.partnerTenantId(), "indirect_provider", null, "Provider " + provider.partnerTenantId()));
        send(registered(reseller, "indirect_reseller", provider.partnerTenantId(), "Reseller " + reseller));
        awaitStored("select count(*) from partner where tenant_id = ?1 and provider_tenant_id = ?2",
                reseller, provider.partnerTenantId());
        awaitStored("select count(*) from partner where tenant_id = ?1", provider.partnerTenantId());
    }

    public static void awaitStored(String countSql, Object... parameters) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> StoredRows.count(countSql, parameters) > 0);
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
