package org.partnercenter.customer.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IfMatch;
import org.partnercenter.customer.account.Customer;
import org.partnercenter.customer.account.CustomerQueries;
import org.partnercenter.customer.order.AzureOffers.Offer;
import org.partnercenter.customer.order.CustomerOrder;
import org.partnercenter.events.EventType;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.events.customer.SubscriptionChanged;

/** Provisions subscriptions for orders and applies the changes a partner may make to them. */
@ApplicationScoped
public class SubscriptionService {

    /** Usage-based Azure subscriptions never reach a commitment end; the real API shows this date. */
    private static final Instant NO_COMMITMENT_END = Instant.parse("9999-12-31T00:00:00Z");

    private final EntityManager em;
    private final CustomerQueries customers;
    private final SubscriptionQueries subscriptions;
    private final Outbox outbox;
    private final Clock clock;

    SubscriptionService(EntityManager em, CustomerQueries customers, SubscriptionQueries subscriptions, Outbox outbox,
            Clock clock) {
        this.em = em;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Part of placing an order: provisioning is synchronous, so the subscription is active at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Subscription provision(Customer customer, CustomerOrder order, CustomerOrder.LineItem line, Offer offer) {
        Subscription s = new Subscription();
        s.id = line.subscriptionId;
        s.customerId = customer.id;
        s.orderId = order.id;
        s.entitlementId = UUID.randomUUID();
        s.offerId = offer.id();
        s.offerName = offer.name();
        s.friendlyName = line.friendlyName;
        s.quantity = line.quantity;
        s.unitType = offer.unitType();
        s.billingType = offer.billingType();
        s.billingCycle = order.billingCycle;
        s.status = SubscriptionStatus.ACTIVE;
        s.partnerIdOnRecord = line.partnerIdOnRecord;
        s.createdAt = clock.instant();
        s.effectiveStartDate = s.createdAt;
        s.commitmentEndDate = NO_COMMITMENT_END;
        s.updatedAt = s.createdAt;
        em.persist(s);
        publish(CustomerServiceEvents.SUBSCRIPTION_CREATED, s, customer);
        return s;
    }

    @Transactional
    public Subscription patch(Caller caller, CallerScope scope, UUID customerId, UUID subscriptionId,
            String ifMatch, Body<SubscriptionPatch> body) {
        caller.require(Access.CUSTOMER_WRITE);
        SubscriptionPatch patch = body.valid();
        Subscription s = subscriptions.get(scope, customerId, subscriptionId);
        IfMatch.check(ifMatch, patch.etag(), s.version);
        if (patch.status() != null && patch.status() != SubscriptionStatus.ACTIVE
                && patch.status() != SubscriptionStatus.SUSPENDED) {
            throw ApiException.badRequest("'status' may be changed to active or suspended only, got "
                    + org.partnercenter.commons.json.WireEnums.wireName(patch.status()) + ".", List.of("status"));
        }
        if (patch.friendlyName() != null) {
            s.friendlyName = patch.friendlyName().trim();
        }
        if (patch.quantity() != null) {
            s.quantity = patch.quantity();
        }
        if (patch.status() != null) {
            s.status = patch.status();
        }
        s.updatedAt = clock.instant();
        em.flush(); // see IfMatch: a racing update with the same etag fails here; the answer gets the new etag
        publish(CustomerServiceEvents.SUBSCRIPTION_UPDATED, s, customers.get(scope, customerId));
        return s;
    }

    private void publish(EventType<SubscriptionChanged> type, Subscription s, Customer customer) {
        outbox.publish(type, s.customerId.toString(), s.id.toString(), SubscriptionMapper.event(s, customer));
    }
}
