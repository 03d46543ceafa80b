package org.partnercenter.commons.partner;

import java.util.UUID;

/**
 * The fields of the gateway's partner events (schema version 1) that services read; the gateway owns
 * the schema and may add fields, which are ignored. Enum values stay text here so that a value this
 * service does not know yet cannot make the whole event unreadable.
 */
public record PartnerEventData(UUID tenantId, String name, String partnerType, UUID providerTenantId, String mpnId,
        String country, String currency, String state) {
}
