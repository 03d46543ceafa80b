package org.partnercenter.idp.signin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Azure AD's v2 authorization endpoint: the sign-in pages of the authorization code flow with PKCE. */
@Path("/{tenant}/oauth2/v2.0/authorize")
public class AuthorizeResource {

    private final SignInService signIn;

    AuthorizeResource(SignInService signIn) {
        this.signIn = signIn;
    }

    @GET
    public Response begin(@PathParam("tenant") String tenant, @Context UriInfo uri) {
        return signIn.begin(tenant, uri.getQueryParameters()).toResponse();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("tenant") String tenant, MultivaluedMap<String, String> form) {
        return signIn.submit(tenant, form).toResponse();
    }
}
