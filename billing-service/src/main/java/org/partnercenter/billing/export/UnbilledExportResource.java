package org.partnercenter.billing.export;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/** The reconciliation export of the unbilled line items. */
@Path("/v1/invoices/unbilled/exports")
@Produces(MediaType.APPLICATION_JSON)
public class UnbilledExportResource {

    private final ReconciliationExports exports;
    private final OperationAnswers answers;
    private final CallerContext callers;

    UnbilledExportResource(ReconciliationExports exports, OperationAnswers answers, CallerContext callers) {
        this.exports = exports;
        this.answers = answers;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @IdempotentWrite
    @Operation(summary = "Export the unbilled reconciliation line items", description = "Writes the unbilled usage "
            + "line items, exactly as GET /v1/invoices/unbilled/lineitems pages them (period current or previous) "
            + "and in that order, as one snapshot while usage keeps arriving, into gzip parts. Optional body "
            + "{\"billingPeriod\": \"current\"|\"last\", \"currencyCode\", \"attributeSet\": \"full\"|\"basic\", "
            + "\"format\": \"jsonl\"|\"csv\", \"partnerTenantId\"}: current by default, in the partner's billing "
            + "currency; partnerTenantId is the operator's, and then required. Answers 202 with the operation and "
            + "its Location (/v1/operations/{id}); once succeeded, its resourceLocation is the export's manifest.")
    @RequestBody(required = false)
    @RequestBodySchema(UnbilledExportRequest.class)
    public Response export(Body<UnbilledExportRequest> body) {
        return answers.accepted(exports.exportUnbilled(callers.caller(), body));
    }
}
