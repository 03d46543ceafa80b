package org.partnercenter.customer.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code customer.created}, {@code customer.updated} and {@code customer.deleted} on
 * {@code partner-center.customers}, schema version 1. Producer-owned: consumers read what they need.
 */
public record CustomerEventData(UUID customerId, UUID partnerTenantId, UUID associatedPartnerId, String domain,
        String companyName, String country, String culture, Instant changedAt) {

    public static final int SCHEMA_VERSION = 1;
}
