package org.partnercenter.support.request;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.caller.CallerScopes;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IdempotentWrite;

@Path("/v1/servicerequests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class ServiceRequestResource {

    private final ServiceRequestService service;
    private final ServiceRequestUpdates updates;
    private final ServiceRequestQueries queries;
    private final ServiceRequestViews views;
    private final CallerContext callers;
    private final CallerScopes scopes;
    private final PagingConfig paging;

    ServiceRequestResource(ServiceRequestService service, ServiceRequestUpdates updates, ServiceRequestQueries queries,
            ServiceRequestViews views, CallerContext callers, CallerScopes scopes, PagingConfig paging) {
        this.service = service;
        this.updates = updates;
        this.queries = queries;
        this.views = views;
        this.callers = callers;
        this.scopes = scopes;
        this.paging = paging;
    }

    @POST
    @Path("/{agentLocale}")
    @Operation(summary = "Open a service request", description = "Answers 201 with the ServiceRequest; "
            + "idempotent on MS-RequestId. customerId, if given, must be one of the partner's customers.")
    @RequestBodySchema(ServiceRequestCreate.class)
    public Response create(@PathParam("agentLocale") String agentLocale, Body<ServiceRequestCreate> body) {
        ServiceRequest r = service.create(callers.caller(), scopes.current(), agentLocale, body);
        return Response.created(URI.create("/v1/servicerequests/" + r.id)).entity(views.view(r)).build();
    }

    @GET
    @Operation(summary = "List service requests", description = "The partner's own, or for operator_support the "
            + "escalated ones of every partner. Filters: status, severity, customer_id, created_from, created_to, "
            + "escalated; seek paging (size, MS-ContinuationToken), oldest first.")
    public Response list(@QueryParam("status") String status, @QueryParam("severity") String severity,
            @QueryParam("customer_id") String customerId, @QueryParam("created_from") String createdFrom,
            @QueryParam("created_to") String createdTo, @QueryParam("escalated") String escalated,
            @QueryParam("size") String size, @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation,
            @Context UriInfo uri) {
        ServiceRequestFilter filter = ServiceRequestFilter.parse(status, severity, customerId, createdFrom, createdTo,
                escalated);
        PageRequest page = PageRequest.of(size, continuation, paging.limits("service-requests"));
        var found = queries.list(callers.caller(), filter, page);
        return Response.ok(CollectionLinks.collection(uri, views.page(found))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a service request", description = "With its notes, escalation and SLA clocks.")
    public Response get(@PathParam("id") String id) {
        return Response.ok(views.view(queries.get(callers.caller(), id))).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Update a service request", description = "NewNote, Status (partner: open or closed; "
            + "support: attention_needed or closed), Severity (partner). 409 if the current status forbids it.")
    @RequestBodySchema(ServiceRequestPatch.class)
    public Response update(@PathParam("id") String id, Body<ServiceRequestPatch> patch) {
        return Response.ok(views.view(updates.update(callers.caller(), id, patch))).build();
    }

    @POST
    @Path("/{id}/escalate")
    @Operation(summary = "Escalate a service request to the operator's support", description = "Needs a reason; "
            + "starts the SLA clocks. 409 if the request is closed or already escalated.")
    @RequestBodySchema(EscalationRequest.class)
    public Response escalate(@PathParam("id") String id, Body<EscalationRequest> body) {
        return Response.ok(views.view(service.escalate(callers.caller(), id, body))).build();
    }
}
