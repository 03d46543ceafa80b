package org.partnercenter.customer.partner;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;

/** Learns partners and reseller relationships from the gateway's {@code partner-center.partners} topic. */
@ApplicationScoped
public class PartnerEventsConsumer {

    static final String CONSUMER = "customer-service.partners";

    private static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(PartnerEventsConsumer.class);
    private static final Set<String> TYPES = Set.of("partner.registered", "partner.updated", "partner.suspended",
            "partner.reactivated");

    private final ConsumedEvents consumed;
    private final PartnerRegistry registry;

    PartnerEventsConsumer(ConsumedEvents consumed, PartnerRegistry registry) {
        this.consumed = consumed;
        this.registry = registry;
    }

    @Incoming("partners")
    @Blocking(ordered = true)
    public void on(EventEnvelope event) {
        if (event == null || event.id() == null || !TYPES.contains(event.type())) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                consumed.applyOnce(CONSUMER, event, registry::apply);
                return;
            } catch (IllegalArgumentException e) {
                // An unreadable event must not stop the topic for every partner behind it.
                LOG.warnf("Partner event %s skipped: %s", event.id(), e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    // A failed message stops the channel for good (fail-stop); one lost update is the lesser harm,
                    // and the gateway's next event for this partner carries its full state again.
                    LOG.errorf(e, "Partner event %s (%s) not applied after %d attempts", event.id(), event.type(),
                            ATTEMPTS);
                    return;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
