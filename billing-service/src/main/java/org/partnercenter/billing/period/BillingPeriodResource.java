package org.partnercenter.billing.period;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.partnercenter.billing.operation.OperationAnswers;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IdempotentWrite;

/** Billing periods and their close (the operator's). */
@Path("/v1/billingperiods")
@Produces(MediaType.APPLICATION_JSON)
public class BillingPeriodResource {

    private final BillingPeriodCloses closes;
    private final BillingPeriodStates states;
    private final OperationAnswers answers;
    private final CallerContext callers;

    BillingPeriodResource(BillingPeriodCloses closes, BillingPeriodStates states, OperationAnswers answers,
            CallerContext callers) {
        this.closes = closes;
        this.states = states;
        this.answers = answers;
        this.callers = callers;
    }

    @POST
    @Path("/{billingPeriod}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @IdempotentWrite
    @Operation(summary = "Close a billing period (operator)", description = "Closes an ended month (yyyy-MM, UTC) for "
            + "every partner, or for the one the optional body {\"partnerTenantId\": \"...\"} names: issues each "
            + "partner's invoices, one per billing currency, once billing has applied and rated the usage that was "
            + "on the usage topic when the close began. Answers 202 with the operation and its Location "
            + "(/v1/operations/{id}); poll it, honouring Retry-After. A period already closed for a partner issues "
            + "nothing new for it, and the operation still succeeds.")
    @RequestBody(required = false)
    @RequestBodySchema(CloseRequest.class)
    public Response close(@PathParam("billingPeriod") String billingPeriod, Body<CloseRequest> body) {
        return answers.accepted(closes.close(callers.caller(), billingPeriod, body));
    }

    @GET
    @Operation(summary = "List billing periods and their state per partner (operator)", description = "One item per "
            + "partner and period that has usage or a close: state open (the month runs), ended (over, not closed "
            + "yet) or closed (with closedDateTime and invoiceCount); newest period first. Filters: billingPeriod "
            + "(yyyy-MM), partnerTenantId. Seek paging: size and MS-ContinuationToken.")
    public Response list(@QueryParam("billingPeriod") String billingPeriod,
            @QueryParam("partnerTenantId") String partnerTenantId, @QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        return Response.ok(CollectionLinks.collection(uri, states.list(callers.caller(), billingPeriod,
                partnerTenantId, size, continuation))).build();
    }
}
