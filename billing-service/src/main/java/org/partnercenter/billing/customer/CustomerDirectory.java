package org.partnercenter.billing.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.partnercenter.billing.rating.RatingBacklog;
import org.partnercenter.commons.events.ChangeOrder;
import org.partnercenter.commons.events.CustomerEvents;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.customer.CustomerChanged;
import org.partnercenter.events.customer.CustomerServiceEvents;

/** billing-service's copy of customer-service's customers, kept from the customers topic. */
@ApplicationScoped
public class CustomerDirectory {

    private static final Logger LOG = Logger.getLogger(CustomerDirectory.class);

    private final EntityManager em;
    private final Clock clock;
    private final RatingBacklog backlog;

    CustomerDirectory(EntityManager em, Clock clock, RatingBacklog backlog) {
        this.em = em;
        this.clock = clock;
        this.backlog = backlog;
    }

    /**
     * Applies one {@code customer.*} event, unless the copy already holds a newer change. The payload is the
     * customer as it is after the change, so every field is taken as sent (a field left out has no value).
     *
     * @throws IllegalArgumentException for an event that names no customer or partner: parked, since no retry
     *         mends it and billing cannot tell whose customer it is
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        CustomerChanged data = CustomerEvents.read(event);
        Customer customer = em.find(Customer.class, data.customerId());
        if (customer != null && ChangeOrder.isOlder(data.changedAt(), customer.changedAt)) {
            LOG.debugf("Customer event %s is older than the customer's state held; skipped", event.id());
            return;
        }
        boolean isNew = customer == null;
        if (isNew) {
            customer = new Customer();
            customer.id = data.customerId();
        }
        customer.partnerTenantId = data.partnerTenantId();
        customer.resellerTenantId = data.associatedPartnerId();
        customer.companyName = data.companyName();
        customer.domain = data.domain();
        customer.country = data.country();
        customer.deleted = event.is(CustomerServiceEvents.CUSTOMER_DELETED);
        customer.changedAt = ChangeOrder.newest(data.changedAt(), customer.changedAt);
        customer.updatedAt = clock.instant();
        if (isNew) {
            em.persist(customer);
            backlog.queueHeldFor(RatingBacklog.HeldFor.CUSTOMER, customer.id);
        }
    }
}
