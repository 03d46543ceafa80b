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
import org.partnercenter.commons.events.ChangeOrder;
import org.partnercenter.commons.events.CustomerEvents;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.events.customer.CustomerChanged;

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
        CustomerChanged data = CustomerEvents.read(event);
        CustomerName name = em.find(CustomerName.class, data.customerId());
        if (name != null && ChangeOrder.isOlder(data.changedAt(), name.changedAt)) {
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
        name.changedAt = ChangeOrder.newest(data.changedAt(), name.changedAt);
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
}
