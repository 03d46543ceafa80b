package org.partnercenter.support.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.events.CustomerEvents;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.customer.CustomerChanged;
import org.partnercenter.events.customer.CustomerServiceEvents;

/** The customers this service has heard of, and whose they are. */
@ApplicationScoped
public class CustomerDirectory {


    private final EntityManager em;
    private final Clock clock;

    CustomerDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The customer if the caller may see it, deleted or not. */
    @Transactional
    public Optional<Customer> visible(CallerScope scope, UUID customerId) {
        return Optional.ofNullable(em.find(Customer.class, customerId)).filter(c -> c.visibleTo(scope));
    }

    /** 404 for a customer the caller may not see: never reveal that it exists. */
    @Transactional
    public Customer require(CallerScope scope, UUID customerId) {
        return visible(scope, customerId).orElseThrow(() -> ApiException.notFound("No customer with id "
                + customerId + " exists for this partner. List your customers with GET /v1/customers."));
    }

    /** @throws IllegalArgumentException for an event that names no customer or partner: parked (CustomerEvents) */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        CustomerChanged data = CustomerEvents.read(event);
        Customer customer = em.find(Customer.class, data.customerId());
        boolean isNew = customer == null;
        if (isNew) {
            customer = new Customer();
            customer.id = data.customerId();
        }
        customer.partnerTenantId = data.partnerTenantId();
        customer.resellerTenantId = data.associatedPartnerId();
        if (data.companyName() != null) {
            customer.companyName = data.companyName();
        }
        customer.deleted = event.is(CustomerServiceEvents.CUSTOMER_DELETED);
        customer.updatedAt = clock.instant();
        if (isNew) {
            em.persist(customer);
        }
    }
}
