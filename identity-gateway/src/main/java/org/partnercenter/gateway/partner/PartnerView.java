package org.partnercenter.gateway.partner;

import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Etag;

/** A partner organisation on the wire ({@code address} left out when none was registered). */
public record PartnerView(UUID id, UUID tenantId, String name, PartnerType partnerType, UUID providerTenantId,
        String mpnId, boolean requireMfa, String country, String currency, PartnerAddress address,
        PartnerOrganization.State state, Instant createdDate, Instant lastModifiedDate, Links links,
        ResourceAttributes attributes) {

    static PartnerView of(PartnerOrganization partner) {
        return new PartnerView(partner.tenantId, partner.tenantId, partner.name, partner.partnerType,
                partner.providerTenantId, partner.mpnId, partner.requireMfa, partner.country, partner.currency,
                PartnerAddress.of(partner.address), partner.state, partner.createdAt, partner.updatedAt,
                Links.self("/partners/" + partner.tenantId), new ResourceAttributes("Partner",
                        Etag.of(partner.version)));
    }
}
