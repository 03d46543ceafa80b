package org.partnercenter.gateway.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Etag;
import org.partnercenter.commons.request.IdempotentWrite;
import org.partnercenter.commons.request.IfMatch;

/**
 * The caller's own organisation, legal business, billing and support profiles, and the MPN lookup that providers use
 * to check a reseller. Reads are every partner user's, writes the global admin's (the route table checks both).
 */
@Path("/v1/profiles")
public class ProfileResource {

    private final CallerContext callers;
    private final PartnerProfiles profiles;
    private final OwnProfiles own;

    ProfileResource(CallerContext callers, PartnerProfiles profiles, OwnProfiles own) {
        this.callers = callers;
        this.profiles = profiles;
        this.own = own;
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
        PartnerOrganization own = profiles.own(tenant());
        return new OrganizationProfile(own.tenantId, own.tenantId, own.name, PartnerAddress.profileOf(own),
                Links.self("/profiles/organization"), new ResourceAttributes("OrganizationProfile",
                        Etag.of(own.version)));
    }

    /** Without {@code mpnId}, the caller's own; with one, the registered partner holding it. */
    @GET
    @Path("/mpn")
    public MpnProfile mpn(@QueryParam("mpnId") String mpnId) {
        PartnerOrganization partner = mpnId == null || mpnId.isBlank()
                ? profiles.own(tenant()) : profiles.holdingMpnId(mpnId);
        return new MpnProfile(partner.name, partner.mpnId, "mpn_profile", Links.self("/profiles/mpn"),
                ResourceAttributes.of("MpnProfile"));
    }

    @GET
    @Path("/legalbusiness")
    public LegalBusinessProfileView legalBusiness(@QueryParam("vettingVersion") String vettingVersion) {
        if (vettingVersion != null && !vettingVersion.isBlank()) {
            WireEnums.parse(VettingVersion.class, "vettingVersion", vettingVersion);
        }
        return own.legalBusiness(tenant());
    }

    @PUT
    @Path("/legalbusiness")
    @IdempotentWrite
    public Response updateLegalBusiness(@HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull LegalBusinessProfileUpdate update) {
        return Response.ok(own.updateLegalBusiness(tenant(), ifMatch, update)).build();
    }

    @GET
    @Path("/billing")
    public BillingProfileView billing() {
        return own.billing(tenant());
    }

    @PUT
    @Path("/billing")
    @IdempotentWrite
    public Response updateBilling(@HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull BillingProfileUpdate update) {
        return Response.ok(own.updateBilling(tenant(), ifMatch, update)).build();
    }

    @GET
    @Path("/support")
    public SupportProfileView support() {
        return own.support(tenant());
    }

    @PUT
    @Path("/support")
    @IdempotentWrite
    public Response updateSupport(@HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull SupportProfileUpdate update) {
        return Response.ok(own.updateSupport(tenant(), ifMatch, update)).build();
    }

    /** The docs' path for the support profile (the SDKs use {@code /support}): both are served. */
    @GET
    @Path("/supportprofile")
    public SupportProfileView supportByDocumentedPath() {
        return support();
    }

    @PUT
    @Path("/supportprofile")
    @IdempotentWrite
    public Response updateSupportByDocumentedPath(@HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull SupportProfileUpdate update) {
        // Not updateSupport(...): a call to an intercepted method of this bean would claim its MS-RequestId twice.
        return Response.ok(own.updateSupport(tenant(), ifMatch, update)).build();
    }

    private UUID tenant() {
        return callers.caller().partnerTenantId();
    }
}
