package org.partnercenter.gateway.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.paging.ResourceCollection;
import org.partnercenter.commons.request.IdempotentWrite;

/** The operator's registry of partner organisations (operator_admin, checked by the route table). */
@Path("/v1/partners")
@IdempotentWrite
public class PartnerResource {

    private final PartnerService partners;
    private final PagingConfig paging;

    PartnerResource(PartnerService partners, PagingConfig paging) {
        this.partners = partners;
        this.paging = paging;
    }

    @POST
    public Response register(@Valid @NotNull PartnerRegistration registration) {
        PartnerOrganization partner = partners.register(registration);
        return Response.created(URI.create("/v1/partners/" + partner.tenantId)).entity(PartnerView.of(partner)).build();
    }

    @GET
    public ResourceCollection<PartnerView> list(@QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        return CollectionLinks.collection(uri,
                partners.list(PageRequest.of(size, continuation, paging.limits("partners"))).map(PartnerView::of));
    }

    @GET
    @Path("/{tenantId}")
    public PartnerView get(@PathParam("tenantId") UUID tenantId) {
        return PartnerView.of(partners.get(tenantId));
    }

    @PATCH
    @Path("/{tenantId}")
    public Response update(@PathParam("tenantId") UUID tenantId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PartnerUpdate change) {
        return Response.ok(PartnerView.of(partners.update(tenantId, change, ifMatch))).build();
    }

    @POST
    @Path("/{tenantId}/suspend")
    public Response suspend(@PathParam("tenantId") UUID tenantId) {
        return Response.ok(PartnerView.of(partners.changeState(tenantId, PartnerOrganization.State.SUSPENDED))).build();
    }

    @POST
    @Path("/{tenantId}/reactivate")
    public Response reactivate(@PathParam("tenantId") UUID tenantId) {
        return Response.ok(PartnerView.of(partners.changeState(tenantId, PartnerOrganization.State.ACTIVE))).build();
    }
}
