package org.partnercenter.commons.partner;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.gateway.IdentityGatewayEvents;

/**
 * Learns partners and reseller relationships from the gateway's {@code partner-center.partners} topic, on the
 * {@code partners} channel that commons configures (META-INF/microprofile-config.properties: the consumer group is
 * the application's name) and turns on where this consumer exists.
 */
@ApplicationScoped
@IfBuildProperty(name = PartnerDirectory.ENABLED, stringValue = "true")
public class PartnerEventsConsumer {

    private final ConsumedEvents consumed;
    private final PartnerRegistry registry;
    private final String consumer;

    PartnerEventsConsumer(ConsumedEvents consumed, PartnerRegistry registry,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.consumed = consumed;
        this.registry = registry;
        this.consumer = application + ".partners";
    }

    @Incoming("partners")
    @Blocking(ordered = true)
    public void on(EventEnvelope event) {
        consumed.applyIfOneOf(consumer, event, IdentityGatewayEvents.PARTNER_EVENTS, registry::apply);
    }
}
