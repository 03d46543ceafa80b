package org.partnercenter.customer.order;

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
import java.net.URI;
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

@Path("/v1/customers/{customerId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class OrderResource {

    private final OrderService orders;
    private final CallerContext callers;
    private final CallerScopes scopes;
    private final PagingConfig paging;

    OrderResource(OrderService orders, CallerContext callers, CallerScopes scopes, PagingConfig paging) {
        this.orders = orders;
        this.callers = callers;
        this.scopes = scopes;
        this.paging = paging;
    }

    @POST
    @Operation(summary = "Place an order", description = "What the catalogue lists (GET /v1/offers, "
            + "/v1/products): offer MS-AZR-0145P, the Azure plan DZH318Z0BCZC or its catalog item id; provisioning "
            + "is synchronous: answers 201 and the subscriptions are active at once.")
    @RequestBodySchema(OrderRequest.class)
    public Response place(@PathParam("customerId") UUID customerId, Body<OrderRequest> request) {
        CustomerOrder order = orders.place(callers.caller(), scopes.current(), customerId, request);
        return Response.created(URI.create("/v1/customers/" + customerId + "/orders/" + order.id))
                .entity(OrderView.of(order)).build();
    }

    @GET
    @Operation(summary = "List a customer's orders")
    public Response list(@PathParam("customerId") UUID customerId, @QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(size, continuation, paging.limits("orders"));
        var found = orders.list(callers.caller(), scopes.current(), customerId, page).map(OrderView::of);
        return Response.ok(CollectionLinks.collection(uri, found)).build();
    }

    @GET
    @Path("/{orderId}")
    @Operation(summary = "Get an order")
    public Response get(@PathParam("customerId") UUID customerId, @PathParam("orderId") UUID orderId) {
        return Response.ok(OrderView.of(orders.get(callers.caller(), scopes.current(), customerId, orderId))).build();
    }
}
