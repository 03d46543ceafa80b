package org.partnercenter.billing.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an issued invoice's payments add up to, kept beside the invoice (which never changes): written by the close
 * that issues it, updated in each payment's transaction under this row's lock.
 */
@Entity
@Table(name = "invoice_payment_state")
public class InvoicePaymentState extends PanacheEntityBase {

    @Id
    public String invoiceId;
    /** The sum of its payments (with what the invoice says was paid at its issue), overpayments included. */
    public BigDecimal paidAmount;
    /** When its balance reached 0 and {@code invoice.paid} was announced; null while something is owed. */
    public Instant paidAt;
    /** When {@code invoice.overdue} was announced; null until then. */
    public Instant overdueAt;
}
