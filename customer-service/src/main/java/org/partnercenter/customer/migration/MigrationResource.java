package org.partnercenter.customer.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.caller.CallerScopes;
import org.partnercenter.commons.request.IdempotentWrite;

@Path("/v1/migrations/customers")
@Produces(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class MigrationResource {

    private static final String DESCRIPTION = "Imports existing customers with their Azure subscriptions. One "
            + "customer per line of a UTF-8 CSV file, as Excel saves \"CSV UTF-8\" (header: companyName,domain,email,"
            + "culture,language,firstName,lastName,addressLine1,addressLine2,city,state,postalCode,country,"
            + "phoneNumber,associatedPartnerId,offerIds; offerIds separated by ';') or per item of a JSON array with "
            + "the same properties. Answers 202 with the job and its Location; the job imports the valid rows, "
            + "reports each bad one with its line and reason, and skips domains this partner already has, so a re-run "
            + "creates no duplicates.";

    private final MigrationJobs jobs;
    private final MigrationRunner runner;
    private final CallerContext callers;
    private final CallerScopes scopes;

    MigrationResource(MigrationJobs jobs, MigrationRunner runner, CallerContext callers, CallerScopes scopes) {
        this.jobs = jobs;
        this.runner = runner;
        this.callers = callers;
        this.scopes = scopes;
    }

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Start a customer migration from a CSV file", description = DESCRIPTION)
    public Response csv(InputStream body) throws JsonProcessingException {
        return start("csv", () -> MigrationFiles.csv(body));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a customer migration from a JSON array", description = DESCRIPTION)
    public Response json(String body) throws JsonProcessingException {
        return start("json", () -> MigrationFiles.json(body));
    }

    @GET
    @Path("/{jobId}")
    @Operation(summary = "A migration job's progress and its bad rows")
    public Response get(@PathParam("jobId") UUID jobId) {
        return Response.ok(jobs.view(callers.caller(), jobId)).build();
    }

    private Response start(String format, MigrationFile file) throws JsonProcessingException {
        Caller caller = callers.caller();
        MigrationJob job = jobs.submit(caller, format, file);
        runner.start(job.id, job.rowsJson, caller, scopes.current());
        return Response.accepted(MigrationJobView.of(job, List.of()))
                .location(URI.create("/v1/migrations/customers/" + job.id)).build();
    }
}
