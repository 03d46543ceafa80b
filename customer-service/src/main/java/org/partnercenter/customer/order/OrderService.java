package org.partnercenter.customer.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.request.Body;
import org.partnercenter.customer.account.Customer;
import org.partnercenter.customer.account.CustomerQueries;
import org.partnercenter.customer.agreement.AgreementRequirement;
import org.partnercenter.customer.order.OrderRequest.LineItemRequest;
import org.partnercenter.customer.subscription.SubscriptionService;

/** Places orders: validates every line item, then provisions one subscription per line item. */
@ApplicationScoped
public class OrderService {

    private static final Keyset<CustomerOrder> BY_CREATION = Keyset.of(CustomerOrder.class)
            .by("createdAt", java.time.Instant.class, o -> o.createdAt)
            .by("id", UUID.class, o -> o.id);

    private final EntityManager em;
    private final CustomerQueries customers;
    private final SubscriptionService subscriptions;
    private final AgreementRequirement agreements;
    private final Clock clock;

    OrderService(EntityManager em, CustomerQueries customers, SubscriptionService subscriptions,
            AgreementRequirement agreements, Clock clock) {
        this.em = em;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Transactional
    public CustomerOrder place(Caller caller, CallerScope scope, UUID customerId, Body<OrderRequest> body) {
        caller.require(Access.CUSTOMER_WRITE);
        OrderRequest request = body.valid();
        Customer customer = customers.get(scope, customerId);
        agreements.requireBeforeOrder(customerId);
        List<AzureOffers.Offer> offers = validate(customerId, request);
        CustomerOrder order = new CustomerOrder();
        order.id = UUID.randomUUID();
        order.customerId = customerId;
        order.referenceCustomerId = customerId;
        order.billingCycle = request.billingCycle() == null ? BillingCycle.MONTHLY : request.billingCycle();
        order.status = "completed";
        order.createdAt = clock.instant();
        for (LineItemRequest item : request.lineItems()) {
            CustomerOrder.LineItem line = new CustomerOrder.LineItem();
            line.lineItemNumber = item.lineItemNumber();
            line.subscriptionId = UUID.randomUUID();
            line.friendlyName = item.friendlyName();
            line.quantity = item.quantity();
            line.partnerIdOnRecord = item.partnerIdOnRecord();
            order.lineItems.add(line);
        }
        for (int i = 0; i < order.lineItems.size(); i++) {
            CustomerOrder.LineItem line = order.lineItems.get(i);
            line.offerId = offers.get(i).id();
            if (line.friendlyName == null || line.friendlyName.isBlank()) {
                line.friendlyName = offers.get(i).name();
            }
        }
        // The order goes in complete before its subscriptions, which refer to it.
        em.persist(order);
        for (int i = 0; i < order.lineItems.size(); i++) {
            subscriptions.provision(customer, order, order.lineItems.get(i), offers.get(i));
        }
        return order;
    }

    @Transactional
    public CustomerOrder get(Caller caller, CallerScope scope, UUID customerId, UUID orderId) {
        caller.require(Access.CUSTOMER_READ);
        customers.get(scope, customerId);
        CustomerOrder order = em.find(CustomerOrder.class, orderId);
        if (order == null || !order.customerId.equals(customerId)) {
            throw ApiException.notFound("No order " + orderId + " exists for customer " + customerId + ".");
        }
        return order;
    }

    @Transactional
    public Page<CustomerOrder> list(Caller caller, CallerScope scope, UUID customerId, PageRequest page) {
        caller.require(Access.CUSTOMER_READ);
        customers.get(scope, customerId);
        return BY_CREATION.fetch(em, "e.customerId = :customer", java.util.Map.of("customer", customerId), page);
    }

    /** Names every bad line item at once, so a client fixes its order in one round trip. */
    private static List<AzureOffers.Offer> validate(UUID customerId, OrderRequest request) {
        List<String> problems = new ArrayList<>();
        if (request.referenceCustomerId() != null && !request.referenceCustomerId().equals(customerId)) {
            problems.add("referenceCustomerId: must be the customer in the path, " + customerId);
        }
        List<AzureOffers.Offer> offers = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < request.lineItems().size(); i++) {
            LineItemRequest item = request.lineItems().get(i);
            var offer = AzureOffers.find(item.offerId());
            if (offer.isEmpty()) {
                problems.add("lineItems[" + i + "].offerId: unknown offer '" + item.offerId() + "', this service "
                        + "offers " + AzureOffers.accepted());
            }
            offer.ifPresent(offers::add);
            if (!numbers.add(item.lineItemNumber())) {
                problems.add("lineItems[" + i + "].lineItemNumber: " + item.lineItemNumber() + " is used twice");
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("The order is not valid: " + String.join("; ", problems) + ".", problems);
        }
        return offers;
    }
}
