package org.partnercenter.gateway.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.EventType;
import org.partnercenter.events.customer.CustomerChanged;
import org.partnercenter.events.customer.CustomerServiceEvents;

/** The gateway's copy of customers' names, kept from customer-service's customers topic. */
@ApplicationScoped
public class CustomerNames {

    private static final Logger LOG = Logger.getLogger(CustomerNames.class);

    private final EntityManager em;

    CustomerNames(EntityManager em) {
        this.em = em;
    }

    /**
     * Applies one {@code customer.*} event, unless the copy already holds a newer change. The payload is the customer
     * as it is after the change, deletion included (the row stays, with the last name).
     *
     * @throws IllegalArgumentException for an event that names no customer or partner: parked, since no retry mends
     *         it and the gateway cannot tell whose customer it is
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        CustomerChanged data = EventJson.data(event, typeOf(event));
        if (data.customerId() == null || data.partnerTenantId() == null) {
            throw new IllegalArgumentException("customer event " + event.id() + " names no customerId or "
                    + "partnerTenantId");
        }
        CustomerName name = em.find(CustomerName.class, data.customerId());
        if (name != null && name.changedAt != null && data.changedAt() != null
                && data.changedAt().isBefore(name.changedAt)) {
            LOG.debugf("Customer event %s is older than the name held; skipped", event.id());
            return;
        }
        boolean isNew = name == null;
        if (isNew) {
            name = new CustomerName();
            name.customerId = data.customerId();
        }
        name.partnerTenantId = data.partnerTenantId();
        name.associatedPartnerId = data.associatedPartnerId();
        name.companyName = data.companyName();
        name.changedAt = data.changedAt() != null ? data.changedAt() : name.changedAt;
        if (isNew) {
            em.persist(name);
        }
    }

    /** The names held of these customers, by customer id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, CustomerName> of(Collection<UUID> customers) {
        if (customers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select n from CustomerName n where n.customerId in :customers", CustomerName.class)
                .setParameter("customers", customers).getResultStream()
                .collect(Collectors.toMap(n -> n.customerId, Function.identity()));
    }

    private static EventType<CustomerChanged> typeOf(EventEnvelope event) {
        return CustomerServiceEvents.CUSTOMER_EVENTS.stream().filter(event::is).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("event " + event.id() + " is a " + event.type()
                        + ", not a customer event"));
    }
}
