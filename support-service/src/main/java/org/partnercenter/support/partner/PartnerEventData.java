package org.partnercenter.support.partner;

import java.util.UUID;

/**
 * The fields of the gateway's partner events (schema version 1) that this service reads; others are
 * ignored. The partner type stays text so that a type this service does not know cannot make the event
 * unreadable.
 */
public record PartnerEventData(UUID tenantId, String name, String partnerType, UUID providerTenantId,
        String country) {
}
