package org.partnercenter.events.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code customer.created}, {@code customer.updated} and {@code customer.deleted}: the customer
 * as it is after the change. {@code associatedPartnerId} is the indirect reseller the customer belongs to, if any.
 */
public record CustomerChanged(UUID customerId, UUID partnerTenantId, UUID associatedPartnerId, String domain,
        String companyName, String country, String culture, Instant changedAt) {
}
