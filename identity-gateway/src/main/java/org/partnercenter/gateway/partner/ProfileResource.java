package org.partnercenter.gateway.partner;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Etag;

/** The caller's own organisation profile, and the MPN lookup that providers use to check a reseller. */
@Path("/v1/profiles")
public class ProfileResource {

    private final CallerContext callers;
    private final PartnerProfiles profiles;

    ProfileResource(CallerContext callers, PartnerProfiles profiles) {
        this.callers = callers;
        this.profiles = profiles;
    }

    public record OrganizationProfile(UUID id, UUID tenantId, String companyName, PartnerAddress defaultAddress,
            Links links, ResourceAttributes attributes) {
    }

    public record MpnProfile(String partnerName, String mpnId, String profileType, Links links,
            ResourceAttributes attributes) {
    }

    @GET
    @Path("/organization")
    public OrganizationProfile organization() {
        PartnerOrganization own = profiles.own(callers.caller().partnerTenantId());
        return new OrganizationProfile(own.tenantId, own.tenantId, own.name, PartnerAddress.profileOf(own),
                Links.self("/profiles/organization"), new ResourceAttributes("OrganizationProfile",
                        Etag.of(own.version)));
    }

    /** Without {@code mpnId}, the caller's own; with one, the registered partner holding it. */
    @GET
    @Path("/mpn")
    public MpnProfile mpn(@QueryParam("mpnId") String mpnId) {
        PartnerOrganization partner = mpnId == null || mpnId.isBlank()
                ? profiles.own(callers.caller().partnerTenantId()) : profiles.holdingMpnId(mpnId);
        return new MpnProfile(partner.name, partner.mpnId, "mpn_profile", Links.self("/profiles/mpn"),
                ResourceAttributes.of("MpnProfile"));
    }
}
