package org.partnercenter.events.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code subscription.created} and {@code subscription.updated}. Billing reads the partner tenants
 * to know whom to invoice, and the offer's name and the entitlement to name the product on line items (it keeps no
 * catalogue of its own). {@code status} and {@code billingCycle} are the API's wire values as text, so that a
 * value a consumer does not know yet leaves the event readable.
 */
public record SubscriptionChanged(UUID subscriptionId, UUID entitlementId, UUID customerId, UUID partnerTenantId,
        UUID associatedPartnerId, UUID orderId, String offerId, String offerName, String friendlyName, int quantity,
        String status, String billingCycle, String partnerIdOnRecord, Instant changedAt) {
}
