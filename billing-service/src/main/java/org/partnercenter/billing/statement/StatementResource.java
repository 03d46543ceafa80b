package org.partnercenter.billing.statement;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.partnercenter.commons.caller.CallerContext;

/**
 * An invoice's documents: its statement. No {@code @Produces}: the SDK and scripts send {@code Accept:
 * application/json} on every call, and still get the PDF, as from the real API; errors answer in the JSON error
 * shape whatever was accepted.
 */
@Path("/v1/invoices/{invoiceId}/documents")
public class StatementResource {

    static final String PDF = "application/pdf";

    private final Statements statements;
    private final CallerContext callers;

    StatementResource(Statements statements, CallerContext callers) {
        this.statements = statements;
        this.callers = callers;
    }

    @GET
    @Path("/statement")
    @Operation(summary = "Get an invoice's statement", description = "The invoice as a PDF: the partner's name and "
            + "address, the invoice's number, dates and currency, each customer's pre-tax total (under its reseller "
            + "for an indirect provider), subtotal, tax, total, amount paid and balance due. Another partner's "
            + "invoice answers 404.")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(mediaType = PDF))
    public Response statement(@PathParam("invoiceId") String invoiceId) {
        byte[] document = statements.pdf(callers.caller(), invoiceId);
        // The id has been checked (letters and digits) before a document exists, so it is safe in the header.
        return Response.ok(document, PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + invoiceId + ".pdf\"").build();
    }
}
