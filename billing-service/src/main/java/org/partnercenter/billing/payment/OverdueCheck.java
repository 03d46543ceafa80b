package org.partnercenter.billing.payment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.partnercenter.billing.invoice.Invoice;

/**
 * Announces {@code invoice.overdue} once per invoice past its due date (by the clock) and not fully paid, when
 * {@code partner-center.billing.payments.overdue-check} says. Every instance may run it: an invoice being marked by
 * one is skipped by the others, and a marked one is never found again.
 */
@ApplicationScoped
public class OverdueCheck {

    // Only invoices neither paid nor announced (a partial index): a small set, whatever the history.
    private static final String DUE = "select s.invoice_id from invoice_payment_state s "
            + "join invoice i on i.id = s.invoice_id where s.paid_at is null and s.overdue_at is null "
            + "and i.due_date < ?1 order by i.due_date, i.id limit ?2 for update of s skip locked";

    private final EntityManager em;
    private final Clock clock;
    private final PaymentEvents events;
    private final PaymentsConfig config;

    OverdueCheck(EntityManager em, Clock clock, PaymentEvents events, PaymentsConfig config) {
        this.em = em;
        this.clock = clock;
        this.events = events;
        this.config = config;
    }

    @Scheduled(identity = "invoice-overdue-check", cron = "{partner-center.billing.payments.overdue-check}",
            timeZone = "UTC", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run();
    }

    /** @return how many invoices were announced overdue */
    public int run() {
        int announced = 0;
        while (true) {
            int[] batch = QuarkusTransaction.requiringNew().call(this::batch);
            announced += batch[1];
            if (batch[0] < config.overdueBatch()) {
                return announced;
            }
        }
    }

    /** @return the invoices found, and those of them announced */
    private int[] batch() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<String> due = em.createNativeQuery(DUE).setParameter(1, now).setParameter(2, config.overdueBatch())
                .getResultList();
        int announced = 0;
        for (String id : due) {
            Invoice invoice = em.find(Invoice.class, id);
            InvoicePaymentState state = em.find(InvoicePaymentState.class, id);
            BigDecimal owed = InvoiceBalance.owed(invoice, state.paidAmount);
            if (owed.signum() == 0) {
                // Settled without a payment's transaction seeing it (a state carried over from before payments).
                state.paidAt = now;
                continue;
            }
            state.overdueAt = now;
            events.overdue(invoice, owed, now);
            announced++;
        }
        return new int[] {due.size(), announced};
    }
}
