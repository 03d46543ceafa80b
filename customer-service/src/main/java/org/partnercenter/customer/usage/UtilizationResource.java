package org.partnercenter.customer.usage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageLimits;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;

@Path("/v1/customers/{customerId}/subscriptions/{subscriptionId}/utilizations/azure")
@Produces(MediaType.APPLICATION_JSON)
public class UtilizationResource {

    private final UsageReads reads;
    private final CallerContext callers;
    private final CallerScopes scopes;
    private final PageLimits utilizationLimits;

    UtilizationResource(UsageReads reads, CallerContext callers, CallerScopes scopes, PagingConfig paging) {
        this.reads = reads;
        this.callers = callers;
        this.scopes = scopes;
        this.utilizationLimits = paging.limits("utilization");
    }

    @GET
    @Operation(summary = "A subscription's Azure utilization", description = "start_time (required), end_time "
            + "(default now; a date includes its day), granularity daily|hourly (default daily), show_details "
            + "(default true); seek paging, 1,000 records a page at most.")
    public Response utilization(@PathParam("customerId") UUID customerId,
            @PathParam("subscriptionId") UUID subscriptionId, @QueryParam("start_time") String startTime,
            @QueryParam("end_time") String endTime, @QueryParam("granularity") String granularity,
            @QueryParam("show_details") String showDetails, @QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(size, continuation, utilizationLimits);
        var found = reads.utilization(callers.caller(), scopes.current(), customerId, subscriptionId, startTime,
                endTime, granularity, showDetails, page);
        return Response.ok(CollectionLinks.collection(uri, found)).build();
    }
}
