package org.partnercenter.billing.lineitem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;

/**
 * The query parameters are read by name in any case ({@link LenientQuery}), so they are declared for the API's
 * document only.
 */
@Path("/v1/invoices/unbilled/lineitems")
@Produces(MediaType.APPLICATION_JSON)
public class UnbilledLineItemResource {

    private final UnbilledLineItems lineItems;
    private final CallerContext callers;

    UnbilledLineItemResource(UnbilledLineItems lineItems, CallerContext callers) {
        this.lineItems = lineItems;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Get the unbilled daily rated usage line items", description = "A Collection of "
            + "DailyRatedUsageLineItem not billed yet of a billing period (calendar month, UTC) in one billing "
            + "currency, in the order rating first wrote them. The current period's include the late ones: lines "
            + "of earlier periods, already closed, that the next close bills. Seek paging: size (default and "
            + "maximum 2,000) and MS-ContinuationToken. billinglineitems (one-time purchases) answers an empty "
            + "Collection: there are none yet.")
    @Parameters({
        @Parameter(name = "provider", in = ParameterIn.QUERY, description = "onetime (any case)"),
        @Parameter(name = "invoicelineitemtype", in = ParameterIn.QUERY,
                description = "usagelineitems or billinglineitems (any case)"),
        @Parameter(name = "currencycode", in = ParameterIn.QUERY, description = "ISO 4217: the billing currency"),
        @Parameter(name = "period", in = ParameterIn.QUERY, description = "current or previous"),
        @Parameter(name = "partnerTenantId", in = ParameterIn.QUERY,
                description = "The operator only, and then required: the partner whose lines to read"),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, at most 2,000")
    })
    public Response list(@HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        LenientQuery query = LenientQuery.of(uri);
        var page = lineItems.list(callers.caller(), query, query.value("size"), continuation);
        return Response.ok(CollectionLinks.collection(uri, page)).build();
    }
}
