package org.partnercenter.customer.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.query.SearchFilter;

/** Reads customers, always through the caller's scope: outside it a customer does not exist. */
@ApplicationScoped
public class CustomerQueries {

    private static final Keyset<Customer> BY_NAME = Keyset.of(Customer.class)
            .by("companyName", String.class, c -> c.companyName)
            .by("id", UUID.class, c -> c.id);

    private final EntityManager em;

    CustomerQueries(EntityManager em) {
        this.em = em;
    }

    /** A caller's read of a customer: {@link #get} for a caller with the right to read customers. */
    @Transactional
    public Customer read(Caller caller, CallerScope scope, UUID id) {
        caller.require(Access.CUSTOMER_READ);
        return get(scope, id);
    }

    /** The customer, or 404 if it does not exist or the caller may not see it. */
    @Transactional
    public Customer get(CallerScope scope, UUID id) {
        Customer c = em.find(Customer.class, id);
        if (c == null || !c.visibleTo(scope)) {
            throw ApiException.notFound("No customer with id " + id + " exists for this partner. "
                    + "List your customers with GET /v1/customers.");
        }
        return c;
    }

    @Transactional
    public Page<Customer> list(Caller caller, CallerScope scope, Optional<SearchFilter<CustomerSearchField>> filter,
            PageRequest page) {
        caller.require(Access.CUSTOMER_READ);
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        String where = "(" + scope.condition("e.partnerTenantId") + " or "
                + scope.condition("e.resellerTenantId") + ")";
        if (filter.isPresent()) {
            where += " and " + condition(filter.get(), parameters);
        }
        return BY_NAME.fetch(em, where, parameters, page);
    }

    boolean domainTaken(String domain) {
        return !em.createQuery("select c.id from Customer c where lower(c.domain) = :domain", UUID.class)
                .setParameter("domain", domain).setMaxResults(1).getResultList().isEmpty();
    }

    boolean hasOrders(UUID customerId) {
        return !em.createNativeQuery("select 1 from customer_order where customer_id = ?1 limit 1")
                .setParameter(1, customerId).getResultList().isEmpty();
    }

    private static String condition(SearchFilter<CustomerSearchField> filter, Map<String, Object> parameters) {
        switch (filter.field()) {
            case COMPANY_NAME -> {
                parameters.put("prefix", filter.likePrefixPattern());
                return "lower(e.companyName) like :prefix escape '\\'";
            }
            case DOMAIN -> {
                parameters.put("prefix", filter.likePrefixPattern());
                return "lower(e.domain) like :prefix escape '\\'";
            }
            default -> {
                parameters.put("reseller", resellerId(filter.value()));
                return "e.resellerTenantId = :reseller";
            }
        }
    }

    private static UUID resellerId(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("filter.Value must be the reseller's tenant id (a GUID) when searching by "
                    + "IndirectReseller, got '" + value + "'.", List.of("filter.Value"));
        }
    }
}
