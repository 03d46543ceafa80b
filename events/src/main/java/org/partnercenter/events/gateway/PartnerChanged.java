package org.partnercenter.events.gateway;

import java.util.UUID;

/**
 * The payload of every {@code partner.*} event: the partner as it is after the change; from it the other services
 * learn partners, their market and currency, and the provider of each reseller. {@code partnerType}
 * ({@code direct}, {@code indirect_provider}, {@code indirect_reseller}) and {@code state} ({@code active},
 * {@code suspended}) are text, so that a value a consumer does not know yet leaves the event readable.
 */
public record PartnerChanged(UUID tenantId, String name, String partnerType, UUID providerTenantId, String mpnId,
        String country, String currency, String state) {
}
