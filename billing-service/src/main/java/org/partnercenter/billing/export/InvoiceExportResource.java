package org.partnercenter.billing.export;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.partnercenter.billing.operation.OperationAnswers;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IdempotentWrite;

/** The reconciliation export of an issued invoice. */
@Path("/v1/invoices/{invoiceId}/exports")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceExportResource {

    private final ReconciliationExports exports;
    private final OperationAnswers answers;
    private final CallerContext callers;

    InvoiceExportResource(ReconciliationExports exports, OperationAnswers answers, CallerContext callers) {
        this.exports = exports;
        this.answers = answers;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @IdempotentWrite
    @Operation(summary = "Export an invoice's reconciliation line items", description = "Writes every usage line "
            + "item of the invoice, exactly as GET /v1/invoices/{invoiceId}/lineitems pages them and in that order, "
            + "into gzip parts. Optional body {\"attributeSet\": \"full\"|\"basic\", \"format\": \"jsonl\"|\"csv\"} "
            + "(defaults full, jsonl). Answers 202 with the operation and its Location (/v1/operations/{id}); once "
            + "succeeded, its resourceLocation is the export's manifest. Another partner's invoice answers 404.")
    @RequestBody(required = false)
    @RequestBodySchema(InvoiceExportRequest.class)
    public Response export(@PathParam("invoiceId") String invoiceId, Body<InvoiceExportRequest> body) {
        return answers.accepted(exports.exportInvoice(callers.caller(), invoiceId, body));
    }
}
