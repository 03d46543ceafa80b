package org.partnercenter.billing.usagesummary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.partnercenter.billing.customer.Customer;
import org.partnercenter.billing.lineitem.QueryProblems;
import org.partnercenter.billing.subscription.Subscription;
import org.partnercenter.billing.usage.InvoicedPartner;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.partner.Partner;

/**
 * What a caller may summarise, from billing's copies: a partner its own customers (an indirect provider also its
 * resellers' customers, for whom it is invoiced), the operator any partner's. Anything else is 404, as if it did not
 * exist.
 */
@ApplicationScoped
class UsageScope {

    static final String PARTNER = "partnerTenantId";

    private final EntityManager em;

    UsageScope(EntityManager em) {
        this.em = em;
    }

    /** A customer in the caller's scope, and the partner invoiced for its usage. */
    ScopedCustomer customer(Caller caller, UUID customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer != null && !customer.deleted) {
            SummaryPartner invoiced = invoicedFor(customer);
            if (caller.isOperator() || invoiced.tenantId().equals(caller.partnerTenantId())) {
                return new ScopedCustomer(customer, invoiced);
            }
        }
        throw ApiException.notFound("Customer " + customerId + " was not found. Check the customer id.");
    }

    /** A subscription of that customer; another customer's (or an unknown one) is 404. */
    Subscription subscription(ScopedCustomer scoped, UUID subscriptionId) {
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        if (subscription == null || !scoped.customer().id.equals(subscription.customerId)) {
            throw ApiException.notFound("Subscription " + subscriptionId + " was not found for customer "
                    + scoped.customer().id + ". Check the subscription id.");
        }
        return subscription;
    }

    /** The caller's own partner; the operator names the partner with {@code partnerTenantId} (400 without it). */
    SummaryPartner partner(Caller caller, String named) {
        if (!caller.isOperator()) {
            return SummaryPartner.of(caller.partnerTenantId(), em.find(Partner.class, caller.partnerTenantId()));
        }
        QueryProblems problems = new QueryProblems();
        UUID tenantId = problems.tenantId(PARTNER, named);
        if (QueryProblems.trimmed(named) == null) {
            problems.add(PARTNER, "the operator names the partner whose usage it reads: its tenant id (a GUID), "
                    + "got nothing");
        }
        problems.throwIfAny();
        Partner partner = em.find(Partner.class, tenantId);
        if (partner == null) {
            throw ApiException.notFound("Partner " + tenantId + " was not found. Check the partner's tenant id.");
        }
        return SummaryPartner.of(tenantId, partner);
    }

    /** The customers the partner is invoiced for, by name: its own and its indirect resellers'. */
    List<Customer> customersOf(SummaryPartner partner) {
        return em.createQuery("from Customer c where not c.deleted and (c.partnerTenantId = :partner or "
                        + "c.partnerTenantId in (select p.tenantId from Partner p where p.providerTenantId = :partner "
                        + "and p.partnerType = :reseller)) order by c.companyName, c.id", Customer.class)
                .setParameter("partner", partner.tenantId()).setParameter("reseller", PartnerType.INDIRECT_RESELLER)
                .getResultList();
    }

    List<Subscription> subscriptionsOf(Customer customer) {
        return em.createQuery("from Subscription s where s.customerId = :customer order by s.id", Subscription.class)
                .setParameter("customer", customer.id).getResultList();
    }

    /** Usage's own rule ({@link InvoicedPartner}): a reseller's own customers are invoiced to its provider. */
    private SummaryPartner invoicedFor(Customer customer) {
        Partner owner = em.find(Partner.class, customer.partnerTenantId);
        UUID invoiced = InvoicedPartner.of(customer.partnerTenantId, null, owner).partnerTenantId();
        return SummaryPartner.of(invoiced, invoiced.equals(customer.partnerTenantId) ? owner
                : em.find(Partner.class, invoiced));
    }

    record ScopedCustomer(Customer customer, SummaryPartner invoiced) {
    }
}
