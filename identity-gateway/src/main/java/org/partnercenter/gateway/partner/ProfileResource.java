package org.partnercenter.gateway.partner;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Etag;

/** The caller's own organisation profile, and the MPN lookup that providers use to check a reseller. */
@Path("/v1/profiles")
public class ProfileResource {

    private final CallerContext callers;

    ProfileResource(CallerContext callers) {
        this.callers = callers;
    }

    public record OrganizationProfile(UUID id, UUID tenantId, String companyName, Address defaultAddress,
            Links links, ResourceAttributes attributes) {
    }

    public record Address(String country) {
    }

    public record MpnProfile(String partnerName, String mpnId, String profileType, Links links,
            ResourceAttributes attributes) {
    }

    @GET
    @Path("/organization")
    public OrganizationProfile organization() {
        PartnerOrganization own = own();
        return new OrganizationProfile(own.tenantId, own.tenantId, own.name, new Address(own.country),
                Links.self("/profiles/organization"), new ResourceAttributes("OrganizationProfile",
                        Etag.of(own.version)));
    }

    /** Without {@code mpnId}, the caller's own; with one, the registered partner holding it. */
    @GET
    @Path("/mpn")
    public MpnProfile mpn(@QueryParam("mpnId") String mpnId) {
        PartnerOrganization partner = mpnId == null || mpnId.isBlank() ? own()
                : PartnerOrganization.<PartnerOrganization>find("mpnId", mpnId.trim()).firstResultOptional()
                        .orElseThrow(() -> ApiException.notFound("No registered partner has the MPN id " + mpnId
                                + "."));
        return new MpnProfile(partner.name, partner.mpnId, "mpn_profile", Links.self("/profiles/mpn"),
                ResourceAttributes.of("MpnProfile"));
    }

    private PartnerOrganization own() {
        PartnerOrganization own = PartnerOrganization.findById(callers.caller().partnerTenantId());
        if (own == null) {
            throw ApiException.notFound("The caller's organization is not registered.");
        }
        return own;
    }
}
