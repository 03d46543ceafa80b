package org.partnercenter.idp.token;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.partnercenter.idp.error.AadErrors;
import org.partnercenter.idp.error.AadException;

/** Azure AD's token endpoints, v2 and v1, form-encoded as Azure AD takes them. */
@Path("/{tenant}/oauth2")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final TokenService tokens;

    TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Path("/v2.0/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public V2TokenResponse v2(@PathParam("tenant") String tenant, MultivaluedMap<String, String> form) {
        return V2TokenResponse.of(tokens.issue(TokenFormat.V2, tenant, new TokenForm(form)));
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public V1TokenResponse v1(@PathParam("tenant") String tenant, MultivaluedMap<String, String> form) {
        return V1TokenResponse.of(tokens.issue(TokenFormat.V1, tenant, new TokenForm(form)));
    }

    // Azure AD answers a GET on its token endpoints with AADSTS900561; so do we, rather than a bare 404.
    @GET
    @Path("/v2.0/token")
    public Response v2Get() {
        throw AadErrors.postOnly("GET");
    }

    @GET
    @Path("/token")
    public Response v1Get() {
        return v2Get();
    }

    // The v1 discovery document advertises an authorization endpoint; answering it with a clear error beats a 404.
    @GET
    @Path("/authorize")
    public Response v1Authorize() {
        throw new AadException(400, "invalid_request", null, "Interactive sign-in is available at the v2 "
                + "authorization endpoint only (/{tenant}/oauth2/v2.0/authorize, authorization code flow with PKCE).");
    }
}
