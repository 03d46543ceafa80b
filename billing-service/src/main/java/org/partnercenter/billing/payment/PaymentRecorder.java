package org.partnercenter.billing.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.partnercenter.billing.invoice.Invoice;
import org.partnercenter.billing.invoice.Invoices;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.request.Body;

/**
 * The operator's payments against issued invoices. The caller is checked before the body is read. Under the invoice's
 * payment-state lock: the payment pays the balance, any part beyond it becomes the partner's credit in the currency,
 * and the payment, the paid state and their events commit together.
 */
@ApplicationScoped
class PaymentRecorder {

    private final EntityManager em;
    private final Clock clock;
    private final Validator kinds;
    private final InvoicePaymentStates states;
    private final PartnerCredits credits;
    private final PaymentEvents events;

    PaymentRecorder(EntityManager em, Clock clock, Validator kinds, InvoicePaymentStates states,
            PartnerCredits credits, PaymentEvents events) {
        this.em = em;
        this.clock = clock;
        this.kinds = kinds;
        this.states = states;
        this.credits = credits;
        this.events = events;
    }

    @Transactional
    Payment record(Caller caller, Body<PaymentRequest> body) {
        caller.require(Access.OPERATOR_ONLY);
        PaymentValidator.Valid valid = PaymentValidator.validate(body.read(), kinds,
                id -> Invoices.isInvoiceId(id) ? em.find(Invoice.class, id) : null, clock);
        Invoice invoice = valid.invoice();
        InvoicePaymentState state = states.locked(invoice);
        BigDecimal owedBefore = InvoiceBalance.owed(invoice, state.paidAmount);
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.invoiceId = invoice.id;
        payment.partnerTenantId = invoice.partnerTenantId;
        payment.amount = valid.amount();
        payment.currencyCode = invoice.currencyCode;
        payment.paymentDate = valid.paymentDate();
        payment.reference = valid.reference();
        // As PostgreSQL keeps it, so that the 201 and every later read agree.
        payment.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        payment.creditedAmount = payment.amount.subtract(owedBefore).max(BigDecimal.ZERO);
        em.persist(payment);
        state.paidAmount = state.paidAmount.add(payment.amount);
        if (payment.creditedAmount.signum() > 0) {
            credits.add(invoice.partnerTenantId, invoice.currencyCode, payment.creditedAmount);
        }
        BigDecimal owedAfter = InvoiceBalance.owed(invoice, state.paidAmount);
        events.recorded(payment, owedAfter);
        if (owedAfter.signum() == 0 && state.paidAt == null) {
            state.paidAt = payment.recordedAt;
            events.paid(invoice, state);
        }
        return payment;
    }
}
