package org.partnercenter.customer.relationship;

import java.util.UUID;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.partner.Partner;
import org.partnercenter.commons.partner.PartnerState;

/** The real API's {@code PartnerRelationship}: the other partner, and how the caller relates to it. */
public record PartnerRelationshipView(UUID id, String name, PartnerRelationshipType relationshipType,
        PartnerState state, String mpnId, String location, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "PartnerRelationship";

    static PartnerRelationshipView of(Partner partner, PartnerRelationshipType type) {
        return new PartnerRelationshipView(partner.tenantId, partner.name, type, partner.state, partner.mpnId,
                partner.country, ResourceAttributes.of(OBJECT_TYPE));
    }
}
