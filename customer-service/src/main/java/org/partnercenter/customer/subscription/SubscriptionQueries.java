package org.partnercenter.customer.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.customer.account.CustomerQueries;

/** Reads subscriptions through their customer, so the caller's scope decides what exists. */
@ApplicationScoped
public class SubscriptionQueries {

    private static final Keyset<Subscription> BY_CREATION = Keyset.of(Subscription.class)
            .by("createdAt", java.time.Instant.class, s -> s.createdAt)
            .by("id", UUID.class, s -> s.id);

    private final EntityManager em;
    private final CustomerQueries customers;

    SubscriptionQueries(EntityManager em, CustomerQueries customers) {
        this.em = em;
        this.customers = customers;
    }

    /** A caller's read of a subscription: {@link #get} for a caller with the right to read customers. */
    @Transactional
    public Subscription read(Caller caller, CallerScope scope, UUID customerId, UUID subscriptionId) {
        caller.require(Access.CUSTOMER_READ);
        return get(scope, customerId, subscriptionId);
    }

    @Transactional
    public Subscription get(CallerScope scope, UUID customerId, UUID subscriptionId) {
        customers.get(scope, customerId);
        Subscription s = em.find(Subscription.class, subscriptionId);
        if (s == null || !s.customerId.equals(customerId)) {
            throw ApiException.notFound("No subscription " + subscriptionId + " exists for customer " + customerId
                    + ". List them with GET /v1/customers/" + customerId + "/subscriptions.");
        }
        return s;
    }

    @Transactional
    public Page<Subscription> list(Caller caller, CallerScope scope, UUID customerId, UUID orderId,
            PageRequest page) {
        caller.require(Access.CUSTOMER_READ);
        customers.get(scope, customerId);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("customer", customerId);
        String where = "e.customerId = :customer";
        if (orderId != null) {
            where += " and e.orderId = :order";
            parameters.put("order", orderId);
        }
        return BY_CREATION.fetch(em, where, parameters, page);
    }
}
