package org.partnercenter.billing.usage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;

@Path("/v1/usagerecords/unrated")
@Produces(MediaType.APPLICATION_JSON)
public class UnratedUsageResource {

    private final UnratedUsageReads reads;
    private final CallerContext callers;

    UnratedUsageResource(UnratedUsageReads reads, CallerContext callers) {
        this.reads = reads;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List the usage records billing holds unrated", description = "The operator's: each "
            + "record billing cannot rate yet, with what it waits for (reason: partner_unknown, "
            + "partner_currency_unknown, customer_unknown, subscription_unknown, price_unknown, "
            + "exchange_rate_unknown). Filters: partnerTenantId, reason. Seek paging: size (default 100, maximum "
            + "1,000) and MS-ContinuationToken.")
    public Response list(@QueryParam("partnerTenantId") String partnerTenantId, @QueryParam("reason") String reason,
            @QueryParam("size") String size, @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation,
            @Context UriInfo uri) {
        var page = reads.list(callers.caller(), partnerTenantId, reason, size, continuation);
        return Response.ok(CollectionLinks.collection(uri, page)).build();
    }
}
