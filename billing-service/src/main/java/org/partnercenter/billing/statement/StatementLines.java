package org.partnercenter.billing.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * An invoice's line items summed per customer in one aggregation, on the index {@code usage_line_item_invoice}: a
 * statement of a million lines reads one row per customer, never the lines. Resellers first by name, then their
 * customers by name; the partner's own customers (no reseller) before any reseller's.
 */
@ApplicationScoped
class StatementLines {

    private static final String PER_CUSTOMER = "select new org.partnercenter.billing.statement.CustomerTotal("
            + "l.resellerTenantId, r.name, r.mpnId, l.customerId, c.companyName, count(l), sum(l.billingPreTaxTotal))"
            + " from UsageLineItem l"
            + " left join Customer c on c.id = l.customerId"
            + " left join Partner r on r.tenantId = l.resellerTenantId"
            + " where l.invoiceNumber = :invoice"
            + " group by l.resellerTenantId, r.name, r.mpnId, l.customerId, c.companyName"
            + " order by case when l.resellerTenantId is null then 0 else 1 end, r.name, l.resellerTenantId,"
            + " c.companyName, l.customerId";

    private final EntityManager em;

    StatementLines(EntityManager em) {
        this.em = em;
    }

    List<CustomerTotal> perCustomer(String invoiceId) {
        return em.createQuery(PER_CUSTOMER, CustomerTotal.class).setParameter("invoice", invoiceId).getResultList();
    }
}
