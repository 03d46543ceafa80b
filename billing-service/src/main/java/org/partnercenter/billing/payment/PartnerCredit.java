package org.partnercenter.billing.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** A partner's credit in one currency: its overpayments, less what its later invoices consumed. */
@Entity
@Table(name = "partner_credit")
public class PartnerCredit extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    public BigDecimal amount;

    /** The partner and the ISO 4217 currency. */
    @Embeddable
    public record Key(UUID partnerTenantId, String currencyCode) implements Serializable {
    }
}
