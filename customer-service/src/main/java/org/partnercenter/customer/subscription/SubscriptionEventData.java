package org.partnercenter.customer.subscription;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code subscription.created} and {@code subscription.updated} on
 * {@code partner-center.subscriptions}, schema version 1, keyed by customer id. Billing reads the partner
 * tenants to know whom to invoice.
 */
public record SubscriptionEventData(UUID subscriptionId, UUID customerId, UUID partnerTenantId,
        UUID associatedPartnerId, UUID orderId, String offerId, String friendlyName, int quantity, String status,
        String billingCycle, String partnerIdOnRecord, Instant changedAt) {

    public static final int SCHEMA_VERSION = 1;
}
