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

/** The real API's invoice summary: a partner's balance in its billing currency. */
@Path("/v1/invoices/summary")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceSummaryResource {

    private final InvoiceSummaries summaries;
    private final CallerContext callers;

    InvoiceSummaryResource(InvoiceSummaries summaries, CallerContext callers) {
        this.summaries = summaries;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Get the invoice summary", description = "An InvoiceSummary of the partner's billing "
            + "currency: balanceAmount (what its invoices still owe), lastPaymentDate and lastPaymentAmount, "
            + "latestInvoiceDate, details per invoice type.")
    @Parameter(name = "partnerTenantId", in = ParameterIn.QUERY,
            description = "The operator only, and required for it: the partner whose summary to read")
    public InvoiceSummaryView get(@Context UriInfo uri) {
        return summaries.summary(callers.caller(), LenientQuery.of(uri));
    }
}
