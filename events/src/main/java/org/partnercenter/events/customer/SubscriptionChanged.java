package org.partnercenter.events.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code subscription.created} and {@code subscription.updated}. Billing reads the partner tenants
 * to know whom to invoice. {@code status} and {@code billingCycle} are the API's wire values as text, so that a
 * value a consumer does not know yet leaves the event readable.
 */
public record SubscriptionChanged(UUID subscriptionId, UUID customerId, UUID partnerTenantId,
        UUID associatedPartnerId, UUID orderId, String offerId, String friendlyName, int quantity, String status,
        String billingCycle, String partnerIdOnRecord, Instant changedAt) {
}
