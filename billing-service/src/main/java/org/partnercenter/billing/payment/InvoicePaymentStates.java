package org.partnercenter.billing.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.partnercenter.billing.invoice.Invoice;

/**
 * Each issued invoice's payment state: opened by the close that issues it, locked by each payment. An invoice the
 * partner's credit covered whole is paid at its issue, and announced so.
 */
@ApplicationScoped
public class InvoicePaymentStates {

    // An invoice stored without one (before payments existed, or by a test) gets it on its first payment.
    private static final String ENSURE = "insert into invoice_payment_state (invoice_id, paid_amount) "
            + "select id, paid_amount from invoice where id = ?1 on conflict (invoice_id) do nothing";

    private final EntityManager em;
    private final Clock clock;
    private final PaymentEvents events;

    InvoicePaymentStates(EntityManager em, Clock clock, PaymentEvents events) {
        this.em = em;
        this.clock = clock;
        this.events = events;
    }

    /** Called by the close once the invoice is stored, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(Invoice invoice) {
        InvoicePaymentState state = new InvoicePaymentState();
        state.invoiceId = invoice.id;
        state.paidAmount = invoice.paidAmount;
        boolean settled = InvoiceBalance.owed(invoice, state.paidAmount).signum() == 0;
        state.paidAt = settled ? clock.instant() : null;
        em.persist(state);
        if (settled) {
            events.paid(invoice, state);
        }
    }

    /** The invoice's state, locked until the transaction ends: payments of one invoice take turns. */
    @Transactional(Transactional.TxType.MANDATORY)
    InvoicePaymentState locked(Invoice invoice) {
        em.createNativeQuery(ENSURE).setParameter(1, invoice.id).executeUpdate();
        return em.find(InvoicePaymentState.class, invoice.id, LockModeType.PESSIMISTIC_WRITE);
    }
}
