package org.partnercenter.pricing.exchangerate;

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
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IdempotentWrite;

@Path("/v1/exchangerates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class ExchangeRateResource {

    private final ExchangeRatePublisher publisher;
    private final ExchangeRates rates;
    private final CallerContext callers;
    private final PagingConfig paging;

    ExchangeRateResource(ExchangeRatePublisher publisher, ExchangeRates rates, CallerContext callers,
            PagingConfig paging) {
        this.publisher = publisher;
        this.rates = rates;
        this.callers = callers;
        this.paging = paging;
    }

    @POST
    @Operation(summary = "Publish exchange rates (operator)", description = "{effectiveDate, base: USD, rates: "
            + "{EUR: 0.92, ...}}: units of each currency per US dollar from effectiveDate on. Answers 201 with the set. "
            + "Per currency, the latest set in force at a time (then the latest publish) gives its rate.")
    @RequestBodySchema(ExchangeRateRequest.class)
    public Response publish(Body<ExchangeRateRequest> request) {
        ExchangeRateSet set = publisher.publish(callers.caller(), request);
        return Response.created(URI.create("/v1/exchangerates/" + set.id)).entity(ExchangeRateSetView.of(set)).build();
    }

    @GET
    @Operation(summary = "List published exchange rate sets", description = "In publish order; seek paging with "
            + "size (default 100, max 1,000) and MS-ContinuationToken.")
    public Response list(@QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(size, continuation, paging.limits("versions"));
        return Response.ok(CollectionLinks.collection(uri, rates.list(callers.caller(), page)
                .map(ExchangeRateSetView::of))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a published exchange rate set")
    public Response get(@PathParam("id") UUID id) {
        return Response.ok(ExchangeRateSetView.of(rates.get(callers.caller(), id))).build();
    }
}
