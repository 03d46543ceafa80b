package org.partnercenter.billing.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.partnercenter.billing.rating.RatingBacklog;
import org.partnercenter.commons.events.ChangeOrder;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.events.customer.SubscriptionChanged;

/** billing-service's copy of customer-service's subscriptions, kept from the subscriptions topic. */
@ApplicationScoped
public class SubscriptionDirectory {

    private static final Logger LOG = Logger.getLogger(SubscriptionDirectory.class);

    private final EntityManager em;
    private final Clock clock;
    private final RatingBacklog backlog;

    SubscriptionDirectory(EntityManager em, Clock clock, RatingBacklog backlog) {
        this.em = em;
        this.clock = clock;
        this.backlog = backlog;
    }

    /**
     * Applies one {@code subscription.*} event, unless the copy already holds a newer change; whether its customer
     * is known yet does not matter. The payload is the subscription after the change: every field is taken as sent.
     *
     * @throws IllegalArgumentException for an event that names no subscription, customer or partner: parked,
     *         since no retry mends it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        SubscriptionChanged data = EventJson.dataOfAny(event, CustomerServiceEvents.SUBSCRIPTION_EVENTS);
        if (data.subscriptionId() == null || data.customerId() == null || data.partnerTenantId() == null) {
            throw new IllegalArgumentException("subscription event " + event.id() + " names no subscriptionId, "
                    + "customerId or partnerTenantId");
        }
        Subscription subscription = em.find(Subscription.class, data.subscriptionId());
        if (subscription != null && ChangeOrder.isOlder(data.changedAt(), subscription.changedAt)) {
            LOG.debugf("Subscription event %s is older than the subscription's state held; skipped", event.id());
            return;
        }
        boolean isNew = subscription == null;
        if (isNew) {
            subscription = new Subscription();
            subscription.id = data.subscriptionId();
        }
        subscription.customerId = data.customerId();
        subscription.partnerTenantId = data.partnerTenantId();
        subscription.resellerTenantId = data.associatedPartnerId();
        subscription.orderId = data.orderId();
        subscription.offerId = data.offerId();
        subscription.offerName = data.offerName();
        subscription.entitlementId = data.entitlementId();
        subscription.description = data.friendlyName();
        subscription.quantity = data.quantity();
        subscription.status = data.status();
        subscription.billingCycle = data.billingCycle();
        subscription.changedAt = ChangeOrder.newest(data.changedAt(), subscription.changedAt);
        subscription.updatedAt = clock.instant();
        if (isNew) {
            em.persist(subscription);
            backlog.queueHeldFor(RatingBacklog.HeldFor.SUBSCRIPTION, subscription.id);
        }
    }
}
