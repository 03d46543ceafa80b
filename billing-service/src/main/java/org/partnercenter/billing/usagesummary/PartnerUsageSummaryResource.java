package org.partnercenter.billing.usagesummary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;

@Path("/v1/usagesummary")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerUsageSummaryResource {

    private final UsageSummaries summaries;
    private final CallerContext callers;

    PartnerUsageSummaryResource(UsageSummaries summaries, CallerContext callers) {
        this.summaries = summaries;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "The partner's usage summary: its customers' rated cost so far in the current billing "
            + "period", description = "The operator names the partner with partnerTenantId.")
    public PartnerUsageSummaryView partner(@QueryParam(UsageScope.PARTNER) String partnerTenantId) {
        return summaries.partner(callers.caller(), partnerTenantId);
    }
}
