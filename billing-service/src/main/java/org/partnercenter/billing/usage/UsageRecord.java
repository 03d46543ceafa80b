package org.partnercenter.billing.usage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A usage record as customer-service announced it on {@code usage.recorded}. Rating reads it; {@code heldReason}
 * says why it could not be rated when rating last looked at it (what billing does not know yet), null once rated.
 */
@Entity
@Table(name = "usage_record")
public class UsageRecord extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    public UUID partnerTenantId;
    public UUID resellerTenantId;
    public UUID subscriptionId;
    public String meterId;
    public BigDecimal quantity;
    public String unit;
    public Instant usageStart;
    public Instant usageEnd;
    /** The UTC day of {@code usageStart}. */
    public LocalDate usageDate;
    /** The billing period of {@code usageStart}, {@code yyyy-MM}. */
    public String period;
    public String region;
    public String resourceUri;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> tags;
    /** A {@link HeldReason}'s name, or null. */
    public String heldReason;
    public Instant heldSince;
    public Instant receivedAt;
    /** The invoice that bills it: null while unbilled, set once by the close that bills it. */
    public String invoiceNumber;

    /** The metering source's record id is unique per customer. */
    @Embeddable
    public record Key(UUID customerId, String recordId) implements Serializable {
    }
}
