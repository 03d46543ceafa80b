package org.partnercenter.billing.payment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.partnercenter.billing.lineitem.LenientQuery;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.ResourceCollection;

/** The real API's invoice summaries: one per currency the partner has invoices in. */
@Path("/v1/invoices/summaries")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceSummariesResource {

    private final InvoiceSummaries summaries;
    private final CallerContext callers;

    InvoiceSummariesResource(InvoiceSummaries summaries, CallerContext callers) {
        this.summaries = summaries;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Get the invoice summaries", description = "A Collection of InvoiceSummary, one per "
            + "currency the partner has invoices in, by currency code. Never more than a handful: not paged.")
    @Parameter(name = "partnerTenantId", in = ParameterIn.QUERY,
            description = "The operator only, and required for it: the partner whose summaries to read")
    public ResourceCollection<InvoiceSummaryView> list(@Context UriInfo uri) {
        return CollectionLinks.collection(uri, summaries.summaries(callers.caller(), LenientQuery.of(uri)));
    }
}
