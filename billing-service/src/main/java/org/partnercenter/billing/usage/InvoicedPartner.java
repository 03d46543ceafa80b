package org.partnercenter.billing.usage;

import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.partner.Partner;

/**
 * Whose invoice usage goes on. customer-service names a customer's owner: for a customer an indirect reseller
 * created itself that is the reseller, which is never invoiced (its provider is, for all its customers), so its usage
 * is stored as the provider's, naming the reseller, as a provider's customer of that reseller would be.
 */
public record InvoicedPartner(UUID partnerTenantId, UUID resellerTenantId) {

    /** @param owner the customer's owner as the event names it, null while billing does not know it yet */
    public static InvoicedPartner of(UUID partnerTenantId, UUID resellerTenantId, Partner owner) {
        if (owner != null && owner.partnerType == PartnerType.INDIRECT_RESELLER && owner.providerTenantId != null) {
            return new InvoicedPartner(owner.providerTenantId, partnerTenantId);
        }
        return new InvoicedPartner(partnerTenantId, resellerTenantId);
    }
}
