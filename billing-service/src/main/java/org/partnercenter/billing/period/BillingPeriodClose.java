package org.partnercenter.billing.period;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A billing period closed for one partner: its invoices are issued, its line items billed. */
@Entity
@Table(name = "billing_period_close")
public class BillingPeriodClose extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    public Instant closedAt;
    public UUID operationId;
    public int invoiceCount;

    /** The partner and the period, {@code yyyy-MM}. */
    @Embeddable
    public record Key(UUID partnerTenantId, String period) implements Serializable {
    }
}
