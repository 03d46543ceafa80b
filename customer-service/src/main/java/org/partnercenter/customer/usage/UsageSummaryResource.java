package org.partnercenter.customer.usage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.caller.CallerScopes;

@Path("/v1/customers/{customerId}/usagesummary")
@Produces(MediaType.APPLICATION_JSON)
public class UsageSummaryResource {

    private final UsageReads reads;
    private final CallerContext callers;
    private final CallerScopes scopes;

    UsageSummaryResource(UsageReads reads, CallerContext callers, CallerScopes scopes) {
        this.reads = reads;
        this.callers = callers;
        this.scopes = scopes;
    }

    @GET
    @Operation(summary = "A customer's usage in the current calendar month (UTC), per subscription and meter")
    public Response summary(@PathParam("customerId") UUID customerId) {
        return Response.ok(reads.summary(callers.caller(), scopes.current(), customerId)).build();
    }
}
