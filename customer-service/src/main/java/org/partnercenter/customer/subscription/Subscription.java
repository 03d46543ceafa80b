package org.partnercenter.customer.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.customer.order.BillingCycle;

/** A customer's subscription to an offer, as stored. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID customerId;
    public UUID orderId;
    public UUID entitlementId;
    public String offerId;
    public String offerName;
    public String friendlyName;
    public int quantity;
    public String unitType;
    public String billingType;
    @Enumerated(EnumType.STRING)
    public BillingCycle billingCycle;
    @Enumerated(EnumType.STRING)
    public SubscriptionStatus status;
    public String partnerIdOnRecord;
    /** Its etag is {@code Etag.of(version)}; a PATCH applies only to the version its If-Match names. */
    @Version
    public long version;
    public Instant createdAt;
    public Instant effectiveStartDate;
    public Instant commitmentEndDate;
    public Instant updatedAt;
}
