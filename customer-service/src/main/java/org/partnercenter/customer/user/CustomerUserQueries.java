package org.partnercenter.customer.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.customer.account.CustomerQueries;

/** Reads a customer's users through the customer: outside the caller's scope the customer does not exist. */
@ApplicationScoped
class CustomerUserQueries {

    private static final Keyset<CustomerUser> BY_NAME = Keyset.of(CustomerUser.class)
            .by("userPrincipalName", String.class, u -> u.userPrincipalName)
            .by("id", UUID.class, u -> u.id);

    private final EntityManager em;
    private final CustomerQueries customers;

    CustomerUserQueries(EntityManager em, CustomerQueries customers) {
        this.em = em;
        this.customers = customers;
    }

    @Transactional
    Page<CustomerUser> list(Caller caller, CallerScope scope, UUID customerId, PageRequest page) {
        customers.read(caller, scope, customerId);
        return BY_NAME.fetch(em, "e.customerId = :customer", Map.of("customer", customerId), page);
    }
}
