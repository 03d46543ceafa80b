package org.partnercenter.events;

import java.util.List;
import java.util.stream.Stream;
import org.partnercenter.events.billing.BillingServiceEvents;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.events.pricing.PricingServiceEvents;
import org.partnercenter.events.support.SupportServiceEvents;

/** Every event type of the platform, the list that TOPICS.md and the committed samples are checked against. */
public final class EventCatalogue {

    public static final List<EventType<?>> ALL = Stream.of(CustomerServiceEvents.ALL, PricingServiceEvents.ALL,
            BillingServiceEvents.ALL, SupportServiceEvents.ALL, IdentityGatewayEvents.ALL).flatMap(List::stream)
            .toList();

    private EventCatalogue() {
    }

    public static List<Topic> topics() {
        return ALL.stream().map(EventType::topic).distinct().toList();
    }
}
