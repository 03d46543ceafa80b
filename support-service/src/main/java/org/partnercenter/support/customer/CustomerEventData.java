package org.partnercenter.support.customer;

import java.util.UUID;

/**
 * The fields of customer-service's {@code customer.*} events (schema version 1) that this service reads;
 * {@code associatedPartnerId} is the indirect reseller the customer belongs to, if any.
 */
public record CustomerEventData(UUID customerId, UUID partnerTenantId, UUID associatedPartnerId,
        String companyName) {
}
