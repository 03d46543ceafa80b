package org.partnercenter.customer.relationship;

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
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceCollection;

@Path("/v1/customers/{customerId}/relationships")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerRelationshipResource {

    private final RelationshipService relationships;
    private final CallerContext callers;
    private final CallerScopes scopes;

    CustomerRelationshipResource(RelationshipService relationships, CallerContext callers, CallerScopes scopes) {
        this.relationships = relationships;
        this.callers = callers;
        this.scopes = scopes;
    }

    @GET
    @Operation(summary = "List the indirect provider and reseller linked to a customer")
    public Response list(@PathParam("customerId") UUID customerId) {
        var found = relationships.ofCustomer(callers.caller(), scopes.current(), customerId);
        return Response.ok(ResourceCollection.of(found,
                Links.self("/customers/" + customerId + "/relationships"))).build();
    }
}
