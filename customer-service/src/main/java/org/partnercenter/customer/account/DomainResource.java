package org.partnercenter.customer.account;

import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;

/** Only HEAD, as the real API: a GET on the same path is 405 in the error shape. */
@Path("/v1/domains")
public class DomainResource {

    private final DomainAvailability domains;
    private final CallerContext callers;

    DomainResource(DomainAvailability domains, CallerContext callers) {
        this.domains = domains;
        this.callers = callers;
    }

    @HEAD
    @Path("/{domain}")
    @Operation(summary = "Check whether a domain is taken", description = "200 when a customer (of any partner) "
            + "has the domain, 404 when it is free, 400 when it is no domain name; no body either way.")
    public Response exists(@PathParam("domain") String domain) {
        domains.requireTaken(callers.caller(), domain);
        return Response.ok().build();
    }
}
