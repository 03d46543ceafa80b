package org.partnercenter.billing.operation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.partnercenter.commons.caller.CallerContext;

/** The id is taken as text: a malformed one is an operation that does not exist (404), never a 500. */
@Path("/v1/operations")
@Produces(MediaType.APPLICATION_JSON)
public class OperationResource {

    private final OperationReads reads;
    private final OperationAnswers answers;
    private final CallerContext callers;

    OperationResource(OperationReads reads, OperationAnswers answers, CallerContext callers) {
        this.reads = reads;
        this.answers = answers;
        this.callers = callers;
    }

    @GET
    @Path("/{operationId}")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Get a long-running operation",
            description = "An operation the caller started (the close of a billing period answers 202 with its "
                    + "Location): status running, succeeded (with resourceLocation, where the result is) or failed "
                    + "(with error {code, message}). Always 200 once found; Retry-After (seconds) while running. "
                    + "Another caller's operation, or an id that is not one, answers 404.")
    public Response get(@PathParam("operationId") String operationId) {
        return answers.read(reads.view(callers.caller(), operationId));
    }
}
