package org.partnercenter.events.customer;

import java.util.List;
import org.partnercenter.events.EventType;
import org.partnercenter.events.Topic;

/** What customer-service publishes: customers, their subscriptions and their usage, each keyed by customer id. */
public final class CustomerServiceEvents {

    private static final String PRODUCER = "customer-service";

    public static final Topic CUSTOMERS = new Topic("partner-center.customers", PRODUCER, "customer id");
    public static final Topic SUBSCRIPTIONS = new Topic("partner-center.subscriptions", PRODUCER, "customer id");
    public static final Topic USAGE = new Topic("partner-center.usage", PRODUCER, "customer id");

    public static final EventType<CustomerChanged> CUSTOMER_CREATED = customer("customer.created");
    public static final EventType<CustomerChanged> CUSTOMER_UPDATED = customer("customer.updated");
    public static final EventType<CustomerChanged> CUSTOMER_DELETED = customer("customer.deleted");
    public static final List<EventType<CustomerChanged>> CUSTOMER_EVENTS = List.of(CUSTOMER_CREATED,
            CUSTOMER_UPDATED, CUSTOMER_DELETED);

    public static final EventType<SubscriptionChanged> SUBSCRIPTION_CREATED = subscription("subscription.created");
    public static final EventType<SubscriptionChanged> SUBSCRIPTION_UPDATED = subscription("subscription.updated");
    public static final List<EventType<SubscriptionChanged>> SUBSCRIPTION_EVENTS = List.of(SUBSCRIPTION_CREATED,
            SUBSCRIPTION_UPDATED);

    public static final EventType<UsageRecorded> USAGE_RECORDED = new EventType<>(USAGE, "usage.recorded", 1,
            UsageRecorded.class);

    public static final List<EventType<?>> ALL = List.of(CUSTOMER_CREATED, CUSTOMER_UPDATED, CUSTOMER_DELETED,
            SUBSCRIPTION_CREATED, SUBSCRIPTION_UPDATED, USAGE_RECORDED);

    private CustomerServiceEvents() {
    }

    private static EventType<CustomerChanged> customer(String name) {
        return new EventType<>(CUSTOMERS, name, 1, CustomerChanged.class);
    }

    private static EventType<SubscriptionChanged> subscription(String name) {
        return new EventType<>(SUBSCRIPTIONS, name, 1, SubscriptionChanged.class);
    }
}
