package org.partnercenter.billing.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnercenter.billing.invoice.Invoice;

/**
 * Invoices' amounts after their payments, now by the clock: what every invoice view and statement shows. An invoice
 * without a payment state (one issued before payments existed, or written by a test) counts what it says was paid at
 * its issue.
 */
@ApplicationScoped
public class InvoiceBalances {

    private final EntityManager em;
    private final Clock clock;

    InvoiceBalances(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** One invoice's amounts and status. */
    public InvoiceBalance of(Invoice invoice) {
        InvoicePaymentState state = em.find(InvoicePaymentState.class, invoice.id);
        return InvoiceBalance.of(invoice, paid(invoice, state), clock.instant());
    }

    /** A page of invoices' amounts, by invoice id, read in one query. */
    public Map<String, InvoiceBalance> of(Collection<Invoice> invoices) {
        Map<String, BigDecimal> paid = new HashMap<>();
        if (!invoices.isEmpty()) {
            List<String> ids = invoices.stream().map(invoice -> invoice.id).toList();
            em.createQuery("select s from InvoicePaymentState s where s.invoiceId in :ids", InvoicePaymentState.class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(state -> paid.put(state.invoiceId, state.paidAmount));
        }
        Instant now = clock.instant();
        Map<String, InvoiceBalance> balances = new HashMap<>();
        invoices.forEach(invoice -> balances.put(invoice.id, InvoiceBalance.of(invoice,
                paid.getOrDefault(invoice.id, invoice.paidAmount), now)));
        return balances;
    }

    static BigDecimal paid(Invoice invoice, InvoicePaymentState state) {
        return state == null ? invoice.paidAmount : state.paidAmount;
    }
}
