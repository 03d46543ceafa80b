package org.partnercenter.billing.support;

import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMERS;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_CREATED;
import static org.partnercenter.events.customer.CustomerServiceEvents.SUBSCRIPTIONS;
import static org.partnercenter.events.customer.CustomerServiceEvents.SUBSCRIPTION_CREATED;
import static org.partnercenter.events.customer.CustomerServiceEvents.USAGE;
import static org.partnercenter.events.customer.CustomerServiceEvents.USAGE_RECORDED;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNERS;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_REGISTERED;
import static org.partnercenter.events.pricing.PricingServiceEvents.EXCHANGE_RATES_PUBLISHED;
import static org.partnercenter.events.pricing.PricingServiceEvents.PRICES;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.PriceListSamples;

/**
 * Builds the events rating consumes from their producers' committed samples, and publishes them as the producers
 * key them: a field a producer renames fails the tests that use it.
 */
public final class Publish {

    private Publish() {
    }

    public static EventEnvelope partner(UUID tenant, String type, UUID provider, String mpnId, String currency) {
        return EventSamples.of(PARTNER_REGISTERED).with("tenantId", tenant).with("partnerType", type)
                .with("providerTenantId", provider).with("mpnId", mpnId).with("currency", currency)
                .envelope(tenant);
    }

    /** A direct partner of {@code country}, invoiced in {@code currency}. */
    public static EventEnvelope partnerIn(UUID tenant, String country, String currency) {
        return EventSamples.of(PARTNER_REGISTERED).with("tenantId", tenant).with("partnerType", "direct")
                .with("providerTenantId", null).with("mpnId", "7654321").with("country", country)
                .with("currency", currency).envelope(tenant);
    }

    public static EventEnvelope customer(UUID customer, UUID partner, UUID reseller) {
        return EventSamples.of(CUSTOMER_CREATED).with("customerId", customer).with("partnerTenantId", partner)
                .with("associatedPartnerId", reseller).envelope(customer);
    }

    public static EventEnvelope subscription(UUID subscription, UUID customer, UUID partner, UUID reseller) {
        return EventSamples.of(SUBSCRIPTION_CREATED).with("subscriptionId", subscription)
                .with("customerId", customer).with("partnerTenantId", partner).with("associatedPartnerId", reseller)
                .envelope(subscription);
    }

    /** Chunk {@code index} of {@code count} of a USD price-list version. */
    public static EventEnvelope priceChunk(UUID version, Instant effective, int index, int count,
            List<Map<String, Object>> meters) {
        return PriceListSamples.chunk(version, effective, index, count, meters);
    }

    /** See {@link PriceListSamples#meter}. */
    public static Map<String, Object> meter(String meterId, String name, String included, String[] starts,
            String[] prices) {
        return PriceListSamples.meter(meterId, name, included, starts, prices);
    }

    public static EventEnvelope exchangeRates(UUID set, Instant effective, Map<String, BigDecimal> rates) {
        return EventSamples.of(EXCHANGE_RATES_PUBLISHED).with("setId", set).with("effectiveDate", effective)
                .with("base", "USD").with("rates", rates).envelope(set);
    }

    public static EventEnvelope usage(UUID customer, UUID partner, UUID reseller, List<Map<String, Object>> records) {
        return EventSamples.of(USAGE_RECORDED).with("customerId", customer).with("partnerTenantId", partner)
                .with("associatedPartnerId", reseller).with("records", records).envelope(customer);
    }

    /** One usage record of the sample's shape. */
    public static Map<String, Object> record(String id, UUID subscription, String meterId, String quantity,
            Instant start, String resourceUri) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("subscriptionId", subscription);
        record.put("meterId", meterId);
        record.put("quantity", new BigDecimal(quantity));
        record.put("unit", "1 Hour");
        record.put("usageStartTime", start);
        record.put("usageEndTime", start.plusSeconds(3600));
        record.put("region", "westeurope");
        record.put("resourceUri", resourceUri);
        record.put("tags", Map.of("env", "test"));
        return record;
    }

    public static void partners(EventEnvelope... events) {
        for (EventEnvelope event : events) {
            Events.send(PARTNERS.name(), event);
        }
    }

    public static void customers(EventEnvelope... events) {
        for (EventEnvelope event : events) {
            Events.send(CUSTOMERS.name(), event);
        }
    }

    /** Subscriptions go under their customer's id, as customer-service keys them. */
    public static void subscriptions(UUID customer, EventEnvelope... events) {
        Events.sendOnOneKey(SUBSCRIPTIONS.name(), customer, events);
    }

    /** pricing keys everything by currency: USD. */
    public static void prices(EventEnvelope... events) {
        Events.sendOnOneKey(PRICES.name(), "USD", events);
    }

    public static void usage(UUID customer, EventEnvelope... events) {
        Events.sendOnOneKey(USAGE.name(), customer, events);
    }
}
