package org.partnercenter.customer.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.EventType;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.events.gateway.PartnerChanged;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.StoredRows;
import org.partnercenter.testing.TopicWriter;

/**
 * Publishes the gateway's partner events as it does (keyed by tenant), built from the gateway's committed samples so
 * that a field the gateway renames fails these tests.
 */
public final class PartnerEvents {

    private PartnerEvents() {
    }

    /** The gateway's sample {@code partner.registered} event for this partner. */
    public static EventEnvelope registered(UUID tenantId, String type, UUID providerTenantId, String name) {
        return event(IdentityGatewayEvents.PARTNER_REGISTERED, tenantId, type, providerTenantId, name);
    }

    /** The gateway's sample event of {@code eventType}, with this partner's id, type, provider and name. */
    public static EventEnvelope event(EventType<PartnerChanged> eventType, UUID tenantId, String type,
            UUID providerTenantId, String name) {
        return EventSamples.of(eventType).with("tenantId", tenantId).with("partnerType", type)
                .with("providerTenantId", providerTenantId).with("name", name).withAFieldFromTheFuture()
                .envelope(tenantId);
    }

    public static void send(String key, String... values) {
        TopicWriter.sendRaw(IdentityGatewayEvents.PARTNERS.name(), key, values);
    }

    /** Each under the first one's subject, so that they are consumed in this order. */
    public static void send(EventEnvelope... events) {
        TopicWriter.send(IdentityGatewayEvents.PARTNERS.name(), events[0].subject(), events);
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
}
