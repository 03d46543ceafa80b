package org.partnercenter.support.request;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

/** The real API's customer-scoped routes: the requests about one of the partner's customers. */
@Path("/v1/customers/{customerId}/servicerequests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class CustomerServiceRequestResource {

    private final ServiceRequestQueries queries;
    private final ServiceRequestUpdates updates;
    private final ServiceRequestViews views;
    private final CallerContext callers;
    private final CallerScopes scopes;
    private final PagingConfig paging;

    CustomerServiceRequestResource(ServiceRequestQueries queries, ServiceRequestUpdates updates,
            ServiceRequestViews views, CallerContext callers, CallerScopes scopes, PagingConfig paging) {
        this.queries = queries;
        this.updates = updates;
        this.views = views;
        this.callers = callers;
        this.scopes = scopes;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "List a customer's service requests", description = "Same filters and paging as "
            + "GET /v1/servicerequests.")
    public Response list(@PathParam("customerId") UUID customerId, @QueryParam("status") String status,
            @QueryParam("severity") String severity, @QueryParam("created_from") String createdFrom,
            @QueryParam("created_to") String createdTo, @QueryParam("escalated") String escalated,
            @QueryParam("size") String size, @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation,
            @Context UriInfo uri) {
        ServiceRequestFilter filter = ServiceRequestFilter.parse(status, severity, null, createdFrom, createdTo,
                escalated);
        PageRequest page = PageRequest.of(size, continuation, paging.limits("service-requests"));
        var found = queries.listOfCustomer(callers.caller(), scopes.current(), customerId, filter, page);
        return Response.ok(CollectionLinks.collection(uri, views.page(found))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one of a customer's service requests")
    public Response get(@PathParam("customerId") UUID customerId, @PathParam("id") String id) {
        return Response.ok(views.view(queries.ofCustomer(callers.caller(), scopes.current(), customerId, id))).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Update one of a customer's service requests", description = "As PATCH "
            + "/v1/servicerequests/{id}.")
    @RequestBodySchema(ServiceRequestPatch.class)
    public Response update(@PathParam("customerId") UUID customerId, @PathParam("id") String id,
            Body<ServiceRequestPatch> patch) {
        return Response.ok(views.view(updates.update(callers.caller(), scopes.current(), customerId, id, patch)))
                .build();
    }
}
