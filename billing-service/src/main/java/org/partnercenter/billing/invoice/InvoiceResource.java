package org.partnercenter.billing.invoice;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.partnercenter.billing.lineitem.LenientQuery;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;

/**
 * Issued invoices and their line items. Query parameters are read by name in any case ({@link LenientQuery}), so
 * they are declared for the API's document only. Ids are taken as text: a malformed one is an invoice that does not
 * exist (404), never a 500.
 */
@Path("/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    private static final String LINE_ITEMS = "The DailyRatedUsageLineItem billed on the invoice (invoiceNumber: its "
            + "id), in the order rating first wrote them. Seek paging: size (default and maximum 2,000) and "
            + "MS-ContinuationToken. billinglineitems (one-time purchases) answers an empty Collection: there are "
            + "none yet. Another partner's invoice answers 404.";

    private final Invoices invoices;
    private final InvoiceLineItems lineItems;
    private final CallerContext callers;

    InvoiceResource(Invoices invoices, InvoiceLineItems lineItems, CallerContext callers) {
        this.invoices = invoices;
        this.lineItems = lineItems;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Get the invoices", description = "A Collection of Invoice, newest first (invoiceDate, "
            + "then id). A partner's own (an indirect provider's cover its resellers' customers); the operator's: "
            + "every partner's. Seek paging: size (default 100, maximum 1,000) and MS-ContinuationToken. The real "
            + "API's filter (InvoiceDate) and offset paging are refused with 400.")
    @Parameters({
        @Parameter(name = "period", in = ParameterIn.QUERY, description = "The billing period, yyyy-MM"),
        @Parameter(name = "partnerTenantId", in = ParameterIn.QUERY,
                description = "The operator only: the partner whose invoices to list"),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, at most 1,000")
    })
    public Response list(@HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        var page = invoices.list(callers.caller(), LenientQuery.of(uri), continuation);
        return Response.ok(CollectionLinks.collection(uri, page)).build();
    }

    @GET
    @Path("/{invoiceId}")
    @Operation(summary = "Get an invoice by id", description = "An Invoice: its totals, its billing period, and "
            + "invoiceDetails linking to its line items. Another partner's invoice answers 404.")
    public InvoiceView get(@PathParam("invoiceId") String invoiceId) {
        return invoices.view(callers.caller(), invoiceId);
    }

    @GET
    @Path("/{invoiceId}/lineitems")
    @Operation(summary = "Get an invoice's line items", description = LINE_ITEMS)
    @Parameters({
        @Parameter(name = "provider", in = ParameterIn.QUERY, description = "onetime (any case)"),
        @Parameter(name = "invoicelineitemtype", in = ParameterIn.QUERY,
                description = "usagelineitems or billinglineitems (any case)"),
        @Parameter(name = "currencycode", in = ParameterIn.QUERY,
                description = "Optional; when sent, the invoice's currency"),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, at most 2,000")
    })
    public Response lineItems(@PathParam("invoiceId") String invoiceId,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        var page = lineItems.list(callers.caller(), invoiceId, null, null, LenientQuery.of(uri), continuation);
        return Response.ok(CollectionLinks.collection(uri, page)).build();
    }

    @GET
    @Path("/{invoiceId}/lineitems/{provider}/{invoiceLineItemType}")
    @Operation(summary = "Get an invoice's line items (the SDK's path)", description = LINE_ITEMS
            + " provider OneTime and invoiceLineItemType UsageLineItems or BillingLineItems, in any case.")
    @Parameters({
        @Parameter(name = "currencycode", in = ParameterIn.QUERY,
                description = "Optional; when sent, the invoice's currency"),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, at most 2,000")
    })
    public Response lineItemsOf(@PathParam("invoiceId") String invoiceId, @PathParam("provider") String provider,
            @PathParam("invoiceLineItemType") String type,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        var page = lineItems.list(callers.caller(), invoiceId, provider, type, LenientQuery.of(uri), continuation);
        return Response.ok(CollectionLinks.collection(uri, page)).build();
    }
}
