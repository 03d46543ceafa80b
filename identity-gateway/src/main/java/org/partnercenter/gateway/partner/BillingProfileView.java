package org.partnercenter.gateway.partner;

import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Etag;

/** The real API's partner {@code BillingProfile}; {@code billingCurrency} is the currency billing invoices in. */
public record BillingProfileView(String companyName, PartnerAddress address, PartnerContact primaryContact,
        String purchaseOrderNumber, String taxId, String billingCurrency, String profileType, Links links,
        ResourceAttributes attributes) {

    static BillingProfileView of(PartnerBillingProfile profile, PartnerOrganization partner) {
        return new BillingProfileView(profile.companyName, PartnerAddress.of(profile.address),
                PartnerContact.of(profile.primaryContact), profile.purchaseOrderNumber, profile.taxId,
                partner.currency, "billing_profile", Links.self("/profiles/billing"),
                new ResourceAttributes("BillingProfile", Etag.of(profile.version)));
    }
}
