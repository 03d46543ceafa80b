package org.partnercenter.support.incident;

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
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.query.SearchFilter;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IdempotentWrite;
import org.partnercenter.commons.request.IfMatch;

@Path("/v1/serviceincidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class ServiceIncidentResource {

    private static final String LIST = "A collection of ServiceIncidents, one per workload (its status the worst of "
            + "its unresolved incidents'), each with its incidents (ServiceIncidentDetail). filter: "
            + "{\"Field\":\"Resolved\"|\"Status\"|\"Workload\",\"Value\":...,\"Operator\":\"equals\"}; seek paging "
            + "(size counts incidents, MS-ContinuationToken), by workload then start time.";

    private final ServiceIncidentService service;
    private final ServiceIncidentQueries queries;
    private final ServiceIncidentViews views;
    private final CallerContext callers;
    private final PagingConfig paging;

    ServiceIncidentResource(ServiceIncidentService service, ServiceIncidentQueries queries,
            ServiceIncidentViews views, CallerContext callers, PagingConfig paging) {
        this.service = service;
        this.queries = queries;
        this.views = views;
        this.callers = callers;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "List service incidents", description = LIST)
    public Response list(@QueryParam(SearchFilter.PARAMETER) String filter, @QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        ServiceIncidentFilter parsed = ServiceIncidentFilter.parse(filter);
        PageRequest page = PageRequest.of(size, continuation, paging.limits("service-incidents"));
        var found = queries.list(callers.caller(), parsed, page);
        return Response.ok(CollectionLinks.collection(uri, views.groups(found))).build();
    }

    /** The path the SDKs call ({@code GetServiceIncidents}: {@code serviceincidents/office}). */
    @GET
    @Path("/office")
    @Operation(summary = "List service incidents (the SDKs' path)", description = LIST)
    public Response listAsTheSdksAsk(@QueryParam(SearchFilter.PARAMETER) String filter,
            @QueryParam("size") String size, @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation,
            @Context UriInfo uri) {
        return list(filter, size, continuation, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a service incident", description = "The ServiceIncidentDetail with its messages; "
            + "attributes.etag goes in If-Match on PATCH.")
    public Response get(@PathParam("id") String id) {
        return Response.ok(views.view(queries.get(callers.caller(), id))).build();
    }

    @POST
    @Operation(summary = "Declare a service incident (operator_support)", description = "Answers 201 with the "
            + "ServiceIncidentDetail; idempotent on MS-RequestId.")
    @RequestBodySchema(ServiceIncidentCreate.class)
    public Response declare(Body<ServiceIncidentCreate> body) {
        ServiceIncident incident = service.declare(callers.caller(), body);
        return Response.created(URI.create("/v1/serviceincidents/" + incident.id))
                .entity(views.view(incident)).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Update or resolve a service incident (operator_support)", description = "Needs If-Match "
            + "with the current etag (a stale one is 400 with code 2055). message publishes a message; "
            + "resolved: true resolves it at endTime (default now); 409 to reopen or restate a resolved one.")
    @RequestBodySchema(ServiceIncidentPatch.class)
    public Response update(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            Body<ServiceIncidentPatch> body) {
        return Response.ok(views.view(service.update(callers.caller(), id, ifMatch, body))).build();
    }
}
