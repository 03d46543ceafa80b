package org.partnercenter.idp.account;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Development-only app registrations; the secret is shown once, in the answer to the creation. */
@Path("/{tenant}/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    private final ApplicationRegistrations registrations;

    ApplicationsResource(ApplicationRegistrations registrations) {
        this.registrations = registrations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("tenant") String tenant, NewApplication request) {
        return Response.status(Response.Status.CREATED).entity(registrations.create(tenant, request)).build();
    }

    @GET
    public Listing<ApplicationView> list(@PathParam("tenant") String tenant) {
        return registrations.list(tenant);
    }
}
