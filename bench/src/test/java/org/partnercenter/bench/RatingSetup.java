package org.partnercenter.bench;

import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNERS;
import static org.partnercenter.events.gateway.IdentityGatewayEvents.PARTNER_REGISTERED;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.partnercenter.bench.PriceListBenchData.Meter;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.events.RelayProducers;
import org.partnercenter.testing.EventSamples;
import org.partnercenter.testing.TestTokens;

/**
 * What billing must know before it rates: partners (published on the gateway's topic, as the gateway does when one
 * signs up), prices and exchange rates (published through pricing-service's API, which writes them to the prices
 * topic); customers and subscriptions are created through customer-service's API by {@link Setup}.
 */
final class RatingSetup {

    /** A partner of the run and the currency it is invoiced in. */
    record Partner(Caller caller, String currency) {
    }

    private final HttpClient http;

    RatingSetup(HttpClient http) {
        this.http = http;
    }

    static Partner partner(String currency) {
        return new Partner(new Caller(UUID.randomUUID(), PartnerType.DIRECT, "bench", null,
                Set.of(Roles.GLOBAL_ADMIN), false), currency);
    }

    /** {@code partner.registered}, keyed by tenant id, built from the gateway's committed sample. */
    static void registerPartners(String bootstrapServers, List<Partner> partners) throws Exception {
        try (KafkaProducer<String, String> producer = RelayProducers.create(bootstrapServers, "rating-bench")) {
            for (Partner partner : partners) {
                UUID tenant = partner.caller().partnerTenantId();
                EventEnvelope event = EventSamples.of(PARTNER_REGISTERED).with("tenantId", tenant)
                        .with("name", "Bench " + partner.currency()).with("partnerType", "direct")
                        .with("providerTenantId", null).with("mpnId", "4" + (1_000_000 + partners.indexOf(partner)))
                        .with("country", "EUR".equals(partner.currency()) ? "DE" : "US")
                        .with("currency", partner.currency()).envelope(tenant);
                producer.send(new ProducerRecord<>(PARTNERS.name(), tenant.toString(), EventJson.write(event))).get();
            }
        }
    }

    /** A USD price list in force from {@code effective}, and USD to EUR from the same date. */
    void publishPrices(String pricingUrl, List<Meter> meters, Instant effective, BigDecimal eurRate)
            throws Exception {
        Caller operator = new Caller(UUID.randomUUID(), PartnerType.OPERATOR, "bench", null,
                Set.of(Roles.OPERATOR_ADMIN), false);
        post(pricingUrl + "/v1/pricelists", operator, EventJson.mapper().writeValueAsBytes(
                PriceListBenchData.body(effective, meters)));
        post(pricingUrl + "/v1/exchangerates", operator, EventJson.mapper().writeValueAsBytes(Map.of(
                "effectiveDate", effective.toString(), "base", "USD", "rates", Map.of("EUR", eurRate))));
    }

    private void post(String url, Caller caller, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TestTokens.sign(caller))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
