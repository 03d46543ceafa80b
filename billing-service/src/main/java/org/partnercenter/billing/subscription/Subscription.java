package org.partnercenter.billing.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A subscription as customer-service last announced it: what its usage's line items name. Its customer may not be
 * known yet (the topics arrive in any order); the subscription names the partner to invoice itself.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID customerId;
    public UUID partnerTenantId;
    /** The customer's indirect reseller, if any ({@code associatedPartnerId} on the wire). */
    public UUID resellerTenantId;
    public UUID orderId;
    public String offerId;
    /** The offer's name, e.g. {@code Azure plan}: the line items' {@code productName}. */
    public String offerName;
    /** The Azure entitlement the subscription provisioned: the line items' {@code entitlementId}. */
    public UUID entitlementId;
    /** Its {@code friendlyName}: the line items' {@code subscriptionDescription}. */
    public String description;
    public int quantity;
    /** The API's wire values, as sent: a value billing does not know yet is kept, not refused. */
    public String status;
    public String billingCycle;
    /** customer-service's time of the change this row holds. */
    public Instant changedAt;
    public Instant updatedAt;
}
