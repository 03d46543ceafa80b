package org.partnercenter.customer.user;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.caller.CallerScopes;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;

/** A customer's users (read-only), as the SDKs' {@code customers.byId(id).getUsers()} reads them. */
@Path("/v1/customers/{customerId}/users")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerUsersResource {

    private final CustomerUserQueries users;
    private final CallerContext callers;
    private final CallerScopes scopes;
    private final PagingConfig paging;

    CustomerUsersResource(CustomerUserQueries users, CallerContext callers, CallerScopes scopes,
            PagingConfig paging) {
        this.users = users;
        this.callers = callers;
        this.scopes = scopes;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "List a customer's users", description = "CustomerUser items, seek paging (size, "
            + "MS-ContinuationToken); 404 for a customer that is not yours.")
    public Response list(@PathParam("customerId") UUID customerId, @QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(size, continuation, paging.limits("customer-users"));
        var found = users.list(callers.caller(), scopes.current(), customerId, page);
        return Response.ok(CollectionLinks.collection(uri, found.map(CustomerUserView::of))).build();
    }
}
