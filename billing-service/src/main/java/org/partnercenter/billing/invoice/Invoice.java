package org.partnercenter.billing.invoice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An issued invoice: one partner's usage of one billing period (and the late usage of earlier ones) in one billing
 * currency. The close writes it once with its line items; nothing changes it afterwards (payments are kept beside it,
 * in {@code payment/}).
 */
@Entity
@Table(name = "invoice")
public class Invoice extends PanacheEntityBase {

    /** {@code G} and nine digits, as the real ids look. */
    @Id
    public String id;
    public UUID partnerTenantId;
    /** The billing period closed, {@code yyyy-MM}. */
    public String period;
    public String currencyCode;
    public Instant invoiceDate;
    public Instant billingPeriodStart;
    public Instant billingPeriodEnd;
    public Instant dueDate;
    /** Exactly the sum of its line items' billing totals. */
    public BigDecimal subTotal;
    /** The tax step's rate for the partner's country (0 where none is configured). */
    public BigDecimal taxRate;
    public BigDecimal taxTotal;
    public BigDecimal totalCharges;
    /** Paid when it was issued (0); later payments are {@code payment/}'s. */
    public BigDecimal paidAmount;
    /** The partner's credit (its earlier overpayments in this currency) its issue consumed, at most totalCharges. */
    public BigDecimal creditApplied = BigDecimal.ZERO;
    public int lineItemCount;
    public long usageRecordCount;
    public UUID operationId;
}
