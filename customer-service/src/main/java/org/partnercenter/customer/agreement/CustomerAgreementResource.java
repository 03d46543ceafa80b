package org.partnercenter.customer.agreement;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.caller.CallerScopes;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IdempotentWrite;

@Path("/v1/customers/{customerId}/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class CustomerAgreementResource {

    private final CustomerAgreementService agreements;
    private final CallerContext callers;
    private final CallerScopes scopes;
    private final PagingConfig paging;

    CustomerAgreementResource(CustomerAgreementService agreements, CallerContext callers, CallerScopes scopes,
            PagingConfig paging) {
        this.agreements = agreements;
        this.callers = callers;
        this.scopes = scopes;
        this.paging = paging;
    }

    @POST
    @Operation(summary = "Attest a customer's acceptance of an agreement", description = "templateId from GET "
            + "/v1/agreements; the customer's contact who accepted, and when. Where configured, orders need an "
            + "accepted MicrosoftCustomerAgreement first.")
    @RequestBodySchema(AgreementRequest.class)
    public Response attest(@PathParam("customerId") UUID customerId, Body<AgreementRequest> request) {
        CustomerAgreement agreement = agreements.attest(callers.caller(), scopes.current(), customerId, request);
        // No Location: the real Agreement has no id, so no address of its own.
        return Response.status(Response.Status.CREATED).entity(AgreementView.of(agreement)).build();
    }

    @GET
    @Operation(summary = "List a customer's attested agreements", description = "agreementType="
            + "MicrosoftCustomerAgreement, MicrosoftCloudAgreement or * for all; without it, as the real API, "
            + "MicrosoftCloudAgreement.")
    public Response list(@PathParam("customerId") UUID customerId, @QueryParam("agreementType") String agreementType,
            @QueryParam("size") String size, @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(size, continuation, paging.limits("agreements"));
        var found = agreements.list(callers.caller(), scopes.current(), customerId, agreementType, page)
                .map(AgreementView::of);
        return Response.ok(CollectionLinks.collection(uri, found)).build();
    }
}
