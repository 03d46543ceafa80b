package org.partnercenter.gateway.partner;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Etag;

/**
 * The real API's {@code LegalBusinessProfile}. The operator vets a partner when it registers it, so every registered
 * partner is {@code authorized} with nothing in progress.
 */
public record LegalBusinessProfileView(String companyName, PartnerAddress address, PartnerContact primaryContact,
        PartnerAddress companyApproverAddress, String companyApproverEmail,
        @JsonProperty("isVettingInProgress") boolean isVettingInProgress, String vettingStatus,
        String vettingSubStatus, String profileType, Links links, ResourceAttributes attributes) {

    static LegalBusinessProfileView of(LegalBusinessProfile profile) {
        return new LegalBusinessProfileView(profile.companyName, PartnerAddress.of(profile.address),
                PartnerContact.of(profile.primaryContact), PartnerAddress.of(profile.approverAddress),
                profile.approverEmail, false, "authorized", "none", "legal_business_profile",
                Links.self("/profiles/legalbusiness"),
                new ResourceAttributes("LegalBusinessProfile", Etag.of(profile.version)));
    }
}
