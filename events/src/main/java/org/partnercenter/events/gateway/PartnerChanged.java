package org.partnercenter.events.gateway;

import java.util.UUID;

/**
 * The payload of every {@code partner.*} event: the partner as it is after the change; from it the other services
 * learn partners, their market and currency, the provider of each reseller, and the postal address their documents
 * print. {@code partnerType} ({@code direct}, {@code indirect_provider}, {@code indirect_reseller}) and {@code state}
 * ({@code active}, {@code suspended}) are text, so that a value a consumer does not know yet leaves the event
 * readable. {@code address} is empty for a partner without one (and absent from events older than it).
 */
public record PartnerChanged(UUID tenantId, String name, String partnerType, UUID providerTenantId, String mpnId,
        String country, String currency, String state, Address address) {

    /** The real API's {@code Address}, the lines a statement prints; every field optional. */
    public record Address(String addressLine1, String addressLine2, String addressLine3, String city, String state,
            String postalCode, String region, String country) {
    }
}
