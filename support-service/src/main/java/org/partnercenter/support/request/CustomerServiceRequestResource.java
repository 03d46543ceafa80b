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
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.caller.CallerScopes;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.request.IdempotentWrite;
import org.partnercenter.support.access.SupportAccess;
import org.partnercenter.support.customer.CustomerDirectory;

/** The real API's customer-scoped routes: the requests about one of the partner's customers. */
@Path("/v1/customers/{customerId}/servicerequests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class CustomerServiceRequestResource {

    private final ServiceRequestQueries queries;
    private final ServiceRequestUpdates updates;
    private final ServiceRequestViews views;
    private final CustomerDirectory customers;
    private final CallerContext callers;
    private final CallerScopes scopes;
    private final PagingConfig paging;

    CustomerServiceRequestResource(ServiceRequestQueries queries, ServiceRequestUpdates updates,
            ServiceRequestViews views, CustomerDirectory customers, CallerContext callers, CallerScopes scopes,
            PagingConfig paging) {
        this.queries = queries;
        this.updates = updates;
        this.views = views;
        this.customers = customers;
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
        SupportAccess.read(callers.caller());
        customers.require(scopes.current(), customerId);
        ServiceRequestFilter filter = ServiceRequestFilter.parse(status, severity, null, createdFrom, createdTo,
                escalated).forCustomer(customerId);
        PageRequest page = PageRequest.of(size, continuation, paging.limits("service-requests"));
        var found = queries.list(RequestScope.of(callers.caller()), filter, page);
        return Response.ok(CollectionLinks.collection(uri, views.page(found))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one of a customer's service requests")
    public Response get(@PathParam("customerId") UUID customerId, @PathParam("id") String id) {
        SupportAccess.read(callers.caller());
        return Response.ok(views.view(ofCustomer(customerId, id))).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Update one of a customer's service requests", description = "As PATCH "
            + "/v1/servicerequests/{id}.")
    public Response update(@PathParam("customerId") UUID customerId, @PathParam("id") String id,
            ServiceRequestPatch patch) {
        SupportAccess.update(callers.caller());
        ofCustomer(customerId, id);
        return Response.ok(views.view(updates.update(callers.caller(), id, patch))).build();
    }

    private ServiceRequest ofCustomer(UUID customerId, String id) {
        customers.require(scopes.current(), customerId);
        ServiceRequest r = queries.get(RequestScope.of(callers.caller()), id);
        if (!customerId.equals(r.customerId)) {
            throw ApiException.notFound("Service request " + id + " is not about customer " + customerId
                    + ". List the customer's requests with GET /v1/customers/" + customerId + "/servicerequests.");
        }
        return r;
    }
}
