package org.partnercenter.billing.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.partnercenter.billing.invoice.Invoice;
import org.partnercenter.billing.invoice.InvoiceIssuedEvents;
import org.partnercenter.billing.invoice.InvoiceIssuer;
import org.partnercenter.billing.payment.InvoicePaymentStates;

/**
 * One partner's close of one period, in one transaction: its invoices, its billed line items and records, and the
 * close row commit together or not at all, so a close killed halfway leaves each partner closed or untouched. Under
 * the partner's exclusive lock ({@link PartnerLocks}): no usage of the partner is stored or rated meanwhile. Each
 * invoice's payment state opens with it (the partner's credit it consumed is on the invoice).
 */
@ApplicationScoped
public class PartnerPeriodClose {

    /** How one attempt ended. */
    public enum Outcome {
        CLOSED, ALREADY_CLOSED, RATING_BEHIND
    }

    public record Result(Outcome outcome, List<Invoice> invoices) {
    }

    // Usage of the partner up to the period that rating has still to (re)rate: the close waits for it.
    private static final String RATING_BEHIND = "select exists (select 1 from rating_backlog b where b.period <= ?1 "
            + "and exists (select 1 from usage_record r where r.subscription_id = b.subscription_id "
            + "and r.meter_id = b.meter_id and r.period = b.period and r.partner_tenant_id = ?2))";

    private final EntityManager em;
    private final Clock clock;
    private final PartnerLocks locks;
    private final InvoiceIssuer issuer;
    private final InvoiceIssuedEvents events;
    private final InvoicePaymentStates paymentStates;

    PartnerPeriodClose(EntityManager em, Clock clock, PartnerLocks locks, InvoiceIssuer issuer,
            InvoiceIssuedEvents events, InvoicePaymentStates paymentStates) {
        this.em = em;
        this.clock = clock;
        this.locks = locks;
        this.issuer = issuer;
        this.events = events;
        this.paymentStates = paymentStates;
    }

    /** @throws org.partnercenter.billing.invoice.InvariantViolation when the invoices would not add up */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result close(UUID partner, BillingPeriod period, UUID operationId) {
        locks.exclusive(partner);
        if (em.find(BillingPeriodClose.class, new BillingPeriodClose.Key(partner, period.id())) != null) {
            return new Result(Outcome.ALREADY_CLOSED, List.of());
        }
        if (Boolean.TRUE.equals(em.createNativeQuery(RATING_BEHIND).setParameter(1, period.id())
                .setParameter(2, partner).getSingleResult())) {
            return new Result(Outcome.RATING_BEHIND, List.of());
        }
        List<Invoice> invoices = issuer.issue(partner, period, operationId);
        BillingPeriodClose close = new BillingPeriodClose();
        close.key = new BillingPeriodClose.Key(partner, period.id());
        close.closedAt = clock.instant();
        close.operationId = operationId;
        close.invoiceCount = invoices.size();
        em.persist(close);
        invoices.forEach(events::issued);
        invoices.forEach(paymentStates::opened);
        return new Result(Outcome.CLOSED, invoices);
    }
}
