package org.partnercenter.customer.subscription;

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
import org.partnercenter.commons.request.IfMatch;

@Path("/v1/customers/{customerId}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class SubscriptionResource {

    private final SubscriptionService service;
    private final SubscriptionQueries queries;
    private final CallerContext callers;
    private final CallerScopes scopes;
    private final PagingConfig paging;

    SubscriptionResource(SubscriptionService service, SubscriptionQueries queries, CallerContext callers,
            CallerScopes scopes, PagingConfig paging) {
        this.service = service;
        this.queries = queries;
        this.callers = callers;
        this.scopes = scopes;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "List a customer's subscriptions", description = "Optionally those of one order (order_id).")
    public Response list(@PathParam("customerId") UUID customerId, @QueryParam("order_id") UUID orderId,
            @QueryParam("size") String size, @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(size, continuation, paging.limits("subscriptions"));
        var found = queries.list(callers.caller(), scopes.current(), customerId, orderId, page)
                .map(SubscriptionMapper::view);
        return Response.ok(CollectionLinks.collection(uri, found)).build();
    }

    @GET
    @Path("/{subscriptionId}")
    @Operation(summary = "Get a subscription")
    public Response get(@PathParam("customerId") UUID customerId, @PathParam("subscriptionId") UUID subscriptionId) {
        return Response.ok(SubscriptionMapper.view(queries.read(callers.caller(), scopes.current(), customerId,
                subscriptionId))).build();
    }

    @PATCH
    @Path("/{subscriptionId}")
    @Operation(summary = "Change a subscription", description = "friendlyName, quantity, status (active or "
            + "suspended); needs If-Match with the current etag, a stale one is 400 with code 2055, as is the later "
            + "of two changes sent with the same etag.")
    @RequestBodySchema(SubscriptionPatch.class)
    public Response patch(@PathParam("customerId") UUID customerId, @PathParam("subscriptionId") UUID subscriptionId,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Body<SubscriptionPatch> patch) {
        Subscription s = service.patch(callers.caller(), scopes.current(), customerId, subscriptionId, ifMatch, patch);
        return Response.ok(SubscriptionMapper.view(s)).build();
    }
}
