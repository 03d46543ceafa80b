package org.partnercenter.billing.usagesummary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceCollection;

/** Customers' and subscriptions' rated usage in the current billing period (calendar month, UTC). */
@Path("/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerUsageSummaryResource {

    private final UsageSummaries summaries;
    private final CallerContext callers;

    CustomerUsageSummaryResource(UsageSummaries summaries, CallerContext callers) {
        this.summaries = summaries;
        this.callers = callers;
    }

    @GET
    @Path("{customerId}/usagesummary")
    @Operation(summary = "A customer's usage summary: its rated cost so far in the current billing period")
    public CustomerUsageSummaryView customer(@PathParam("customerId") UUID customerId) {
        return summaries.customer(callers.caller(), customerId);
    }

    @GET
    @Path("{customerId}/subscriptions/{subscriptionId}/usagesummary")
    @Operation(summary = "A subscription's usage summary: its rated cost so far in the current billing period")
    public SubscriptionUsageSummaryView subscription(@PathParam("customerId") UUID customerId,
            @PathParam("subscriptionId") UUID subscriptionId) {
        return summaries.subscription(callers.caller(), customerId, subscriptionId);
    }

    @GET
    @Path("{customerId}/subscriptions/usagerecords")
    @Operation(summary = "The customer's subscriptions' rated cost in the current billing period, one record each")
    public ResourceCollection<SubscriptionMonthlyUsageRecordView> subscriptions(
            @PathParam("customerId") UUID customerId) {
        return ResourceCollection.of(summaries.subscriptions(callers.caller(), customerId),
                Links.self("/customers/" + customerId + "/subscriptions/usagerecords"));
    }

    @GET
    @Path("usagerecords")
    @Operation(summary = "The partner's customers' rated cost in the current billing period, one record each",
            description = "The operator names the partner with partnerTenantId.")
    public ResourceCollection<CustomerMonthlyUsageRecordView> customers(
            @QueryParam(UsageScope.PARTNER) String partnerTenantId) {
        return ResourceCollection.of(summaries.customers(callers.caller(), partnerTenantId),
                Links.self("/customers/usagerecords"));
    }
}
