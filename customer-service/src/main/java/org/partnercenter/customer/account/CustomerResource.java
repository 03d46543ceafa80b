package org.partnercenter.customer.account;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.caller.CallerScopes;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.query.SearchFilter;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IdempotentWrite;
import org.partnercenter.commons.request.IfMatch;

@Path("/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class CustomerResource {

    private final CustomerService service;
    private final CustomerQueries queries;
    private final CallerContext callers;
    private final CallerScopes scopes;
    private final PagingConfig paging;

    CustomerResource(CustomerService service, CustomerQueries queries, CallerContext callers, CallerScopes scopes,
            PagingConfig paging) {
        this.service = service;
        this.queries = queries;
        this.callers = callers;
        this.scopes = scopes;
        this.paging = paging;
    }

    @POST
    @Operation(summary = "Create a customer", description = "Answers 201 with the Customer and its admin "
            + "user's userCredentials (the password only in this answer); 409 if the domain is taken; 503 if the "
            + "directory did not take the admin user (then nothing was created).")
    @RequestBodySchema(CustomerRequest.class)
    public Response create(Body<CustomerRequest> request) {
        CustomerService.NewCustomer created = service.create(callers.caller(), request);
        Customer c = created.customer();
        return Response.created(URI.create("/v1/customers/" + c.id))
                .entity(CustomerMapper.view(c, created.credentials())).build();
    }

    @GET
    @Operation(summary = "List customers", description = "Seek paging (size, MS-ContinuationToken) and the JSON "
            + "filter on CompanyName, Domain or IndirectReseller with starts_with.")
    public Response list(@QueryParam("size") String size, @QueryParam("filter") String filter,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(size, continuation, paging.limits("customers"));
        var found = queries.list(callers.caller(), scopes.current(),
                SearchFilter.parse(filter, CustomerSearchField.class), page);
        return Response.ok(CollectionLinks.collection(uri, found.map(CustomerMapper::view))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a customer by its tenant id")
    public Response get(@PathParam("id") UUID id) {
        return Response.ok(CustomerMapper.view(queries.read(callers.caller(), scopes.current(), id))).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a customer", description = "Frees its domain; answers 204.")
    public Response delete(@PathParam("id") UUID id) {
        service.delete(callers.caller(), scopes.current(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/profiles/company")
    @Operation(summary = "Get a customer's company profile")
    public Response companyProfile(@PathParam("id") UUID id) {
        return Response.ok(CustomerMapper.companyProfile(queries.read(callers.caller(), scopes.current(), id))).build();
    }

    @GET
    @Path("/{id}/profiles/billing")
    @Operation(summary = "Get a customer's billing profile", description = "attributes.etag goes in If-Match on PUT.")
    public Response billingProfile(@PathParam("id") UUID id) {
        return Response.ok(CustomerMapper.billingProfile(queries.read(callers.caller(), scopes.current(), id))).build();
    }

    @PUT
    @Path("/{id}/profiles/billing")
    @Operation(summary = "Update a customer's billing profile", description = "Needs If-Match with the current "
            + "etag; a stale one is 400 with code 2055, as is the later of two updates sent with the same etag.")
    @RequestBodySchema(BillingProfileRequest.class)
    public Response updateBillingProfile(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            Body<BillingProfileRequest> profile) {
        Customer c = service.updateBillingProfile(callers.caller(), scopes.current(), id, ifMatch, profile);
        return Response.ok(CustomerMapper.billingProfile(c)).build();
    }
}
