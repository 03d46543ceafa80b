package org.partnercenter.gateway.partner;

import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Etag;

/** The real API's {@code SupportProfile}: how the partner's customers reach its support. */
public record SupportProfileView(String email, String telephone, String website, String displayName,
        String profileType, Links links, ResourceAttributes attributes) {

    static SupportProfileView of(PartnerSupportProfile profile) {
        return new SupportProfileView(profile.email, profile.telephone, profile.website, profile.displayName,
                "support_profile", Links.self("/profiles/support"),
                new ResourceAttributes("SupportProfile", Etag.of(profile.version)));
    }
}
