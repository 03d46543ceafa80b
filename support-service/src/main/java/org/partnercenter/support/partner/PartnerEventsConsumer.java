package org.partnercenter.support.partner;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;

/** Learns partners and reseller relationships from the gateway's {@code partner-center.partners} topic. */
@ApplicationScoped
public class PartnerEventsConsumer {

    static final String CONSUMER = "support-service.partners";

    private static final Set<String> TYPES = Set.of("partner.registered", "partner.updated", "partner.suspended",
            "partner.reactivated");

    private final ConsumedEvents consumed;
    private final PartnerDirectory directory;

    PartnerEventsConsumer(ConsumedEvents consumed, PartnerDirectory directory) {
        this.consumed = consumed;
        this.directory = directory;
    }

    @Incoming("partners")
    @Blocking(ordered = true)
    public void on(EventEnvelope event) {
        if (event == null || event.id() == null || !TYPES.contains(event.type())) {
            return;
        }
        consumed.apply(CONSUMER, event, directory::apply);
    }
}
