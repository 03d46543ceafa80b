package org.partnercenter.customer.usage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IdempotentWrite;

@Path("/v1/usagerecords/batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class UsageBatchResource {

    private final UsageIngestion ingestion;
    private final CallerContext callers;

    UsageBatchResource(UsageIngestion ingestion, CallerContext callers) {
        this.ingestion = ingestion;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Feed Azure usage (operator)", description = "Up to 10,000 records {id, customerId, "
            + "subscriptionId, meterId, quantity, unit, usageStartTime, usageEndTime, region, resourceUri, tags}. "
            + "Answers 200 with {accepted, duplicates, rejected}; a record id seen before is a duplicate. A batch "
            + "with an invalid record is refused whole (400, each record named) unless partial=true, which stores "
            + "the valid ones and lists the rest under rejected. Stored records are readable when the call returns.")
    @RequestBodySchema(UsageBatchRequest.class)
    public Response post(Body<UsageBatchRequest> batch, @QueryParam("partial") boolean partial) {
        return Response.ok(ingestion.ingest(callers.caller(), batch, partial)).build();
    }
}
