package org.partnercenter.gateway.partner;

import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;

/**
 * The payload of the {@code partners} topic (schema version 1), owned by the gateway: from it the other
 * services learn partners, their market and currency, and the provider of each reseller.
 */
public record PartnerChanged(UUID tenantId, String name, PartnerType partnerType, UUID providerTenantId,
        String mpnId, String country, String currency, PartnerOrganization.State state) {

    public static final int SCHEMA_VERSION = 1;

    static PartnerChanged of(PartnerOrganization partner) {
        return new PartnerChanged(partner.tenantId, partner.name, partner.partnerType, partner.providerTenantId,
                partner.mpnId, partner.country, partner.currency, partner.state);
    }
}
