package org.partnercenter.billing.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;
import org.partnercenter.billing.invoice.Invoice;

/**
 * A partner's credit per currency: an overpayment adds to it, the partner's next invoice in that currency consumes
 * it. Both take the credit row's lock, so a payment recorded while the partner's close runs is either consumed by that
 * close or left for the next, never both or neither.
 */
@ApplicationScoped
public class PartnerCredits {

    private static final String ADD = "insert into partner_credit (partner_tenant_id, currency_code, amount) "
            + "values (?1, ?2, ?3) on conflict (partner_tenant_id, currency_code) "
            + "do update set amount = partner_credit.amount + excluded.amount";

    private final EntityManager em;

    PartnerCredits(EntityManager em) {
        this.em = em;
    }

    /**
     * Called by the close for an invoice it is issuing, before it is stored: consumes as much of the partner's credit
     * in the invoice's currency as the invoice charges, into its {@code creditApplied}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consume(Invoice invoice) {
        PartnerCredit credit = em.find(PartnerCredit.class, new PartnerCredit.Key(invoice.partnerTenantId,
                invoice.currencyCode), LockModeType.PESSIMISTIC_WRITE);
        if (credit == null || credit.amount.signum() == 0 || invoice.totalCharges.signum() <= 0) {
            return;
        }
        BigDecimal applied = credit.amount.min(invoice.totalCharges);
        invoice.creditApplied = applied;
        credit.amount = credit.amount.subtract(applied);
    }

    /** Adds an overpayment to the partner's credit in its currency. */
    @Transactional(Transactional.TxType.MANDATORY)
    void add(UUID partner, String currencyCode, BigDecimal amount) {
        em.createNativeQuery(ADD).setParameter(1, partner).setParameter(2, currencyCode).setParameter(3, amount)
                .executeUpdate();
    }
}
