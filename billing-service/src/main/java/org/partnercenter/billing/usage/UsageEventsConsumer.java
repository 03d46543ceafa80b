package org.partnercenter.billing.usage;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnercenter.commons.events.ConsumedEvents;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.customer.CustomerServiceEvents;

/** Learns usage records from customer-service's {@code partner-center.usage} topic, to rate them. */
@ApplicationScoped
public class UsageEventsConsumer {

    static final String CONSUMER = "billing-service.usage";

    private final ConsumedEvents consumed;
    private final UsageRecords records;

    UsageEventsConsumer(ConsumedEvents consumed, UsageRecords records) {
        this.consumed = consumed;
        this.records = records;
    }

    /** Batches, as Kafka hands them over: a usage event may carry a handful of records, and many come at once. */
    @Incoming("usage")
    @Blocking(ordered = true)
    public void on(List<EventEnvelope> events) {
        consumed.applyAllOnce(CONSUMER, events, List.of(CustomerServiceEvents.USAGE_RECORDED), records::store);
    }
}
