package org.partnercenter.billing.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment the operator recorded against an issued invoice, in its currency. Never changed once recorded. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    public UUID id;
    public String invoiceId;
    /** The invoice's partner: whose payment it is, for every read. */
    public UUID partnerTenantId;
    public BigDecimal amount;
    public String currencyCode;
    /** When the partner paid, as the operator says (a date is its first moment, UTC). */
    public Instant paymentDate;
    public String reference;
    public Instant recordedAt;
    /** Assigned by the database as the payment is stored: the order payments list in. */
    @Column(insertable = false, updatable = false)
    public Long recordedOrder;
    /** The part beyond the invoice's balance when it was recorded: it became the partner's credit. */
    public BigDecimal creditedAmount;
}
