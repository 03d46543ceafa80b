package org.partnercenter.idp.account;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Development-only directory administration: what the Azure portal or Microsoft Graph does for real tenants. */
@Path("/{tenant}/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private final AccountService accounts;

    UsersResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("tenant") String tenant, NewUser request) {
        return Response.status(Response.Status.CREATED).entity(accounts.createUser(tenant, request)).build();
    }

    @GET
    public Listing<UserView> list(@PathParam("tenant") String tenant) {
        return accounts.users(tenant);
    }
}
