package org.partnercenter.support.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.caller.ProviderFeature;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.support.customer.CustomerDirectory;

/** Reads requests, always through the caller's scope: outside it a request does not exist. */
@ApplicationScoped
public class ServiceRequestQueries {

    private static final Keyset<ServiceRequest> BY_CREATION = Keyset.of(ServiceRequest.class)
            .by("createdAt", Instant.class, r -> r.createdAt)
            .by("id", Long.class, r -> r.id);

    private final EntityManager em;
    private final CustomerDirectory customers;

    ServiceRequestQueries(EntityManager em, CustomerDirectory customers) {
        this.em = em;
        this.customers = customers;
    }

    @Transactional
    public ServiceRequest get(Caller caller, String id) {
        requireRead(caller);
        return visible(RequestScope.of(caller), id, em.find(ServiceRequest.class, parseId(id)));
    }

    /** One of a customer's requests: 404 unless the customer is the caller's and the request is about it. */
    @Transactional
    public ServiceRequest ofCustomer(Caller caller, CallerScope customerScope, UUID customerId, String id) {
        requireRead(caller);
        customers.require(customerScope, customerId);
        ServiceRequest r = get(caller, id);
        if (!customerId.equals(r.customerId)) {
            throw ApiException.notFound("Service request " + id + " is not about customer " + customerId
                    + ". List the customer's requests with GET /v1/customers/" + customerId + "/servicerequests.");
        }
        return r;
    }

    /**
     * For a change: locked, so that two changes to one request apply one after the other. A request has no etag
     * and its changes take no If-Match (as in the real API): two notes sent at once must both be kept, and each
     * status change is checked against the status the other left, which a version would turn into a 2055 that
     * the client could not have avoided (see {@code IfMatch}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceRequest lock(RequestScope scope, String id) {
        return visible(scope, id, em.find(ServiceRequest.class, parseId(id), LockModeType.PESSIMISTIC_WRITE));
    }

    @Transactional
    public Page<ServiceRequest> list(Caller caller, ServiceRequestFilter filter, PageRequest page) {
        requireRead(caller);
        RequestScope scope = RequestScope.of(caller);
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        String where = scope.condition();
        String filtered = filter.condition(parameters);
        return BY_CREATION.fetch(em, filtered == null ? where : where + " and " + filtered, parameters, page);
    }

    /** A customer's requests: 404 unless the customer is one of the caller's. */
    @Transactional
    public Page<ServiceRequest> listOfCustomer(Caller caller, CallerScope customerScope, UUID customerId,
            ServiceRequestFilter filter, PageRequest page) {
        requireRead(caller);
        customers.require(customerScope, customerId);
        return list(caller, filter.forCustomer(customerId), page);
    }

    private static void requireRead(Caller caller) {
        caller.refuseResellers(ProviderFeature.SERVICE_REQUESTS);
        caller.require(Access.SERVICE_REQUEST_READ);
    }

    private static ServiceRequest visible(RequestScope scope, String id, ServiceRequest r) {
        if (r == null || !scope.permits(r)) {
            throw notFound(id);
        }
        return r;
    }

    /** Ids are numbers; anything else names no request, which is a 404 like any unknown id. */
    private static long parseId(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw notFound(id);
        }
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("No service request with id " + id + " is visible to you. "
                + "List the service requests you can see with GET /v1/servicerequests.");
    }
}
