package org.partnercenter.idp.session;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Azure AD's v2 end_session endpoint, which single-page apps call to sign out. */
@Path("/{tenant}/oauth2/v2.0/logout")
public class EndSessionResource {

    private final EndSessionService endSession;

    EndSessionResource(EndSessionService endSession) {
        this.endSession = endSession;
    }

    @GET
    public Response signOut(@PathParam("tenant") String tenant,
                            @QueryParam("post_logout_redirect_uri") String postLogoutRedirectUri,
                            @QueryParam("id_token_hint") String idTokenHint,
                            @QueryParam("client_id") String clientId,
                            @QueryParam("state") String state) {
        return endSession.signOut(tenant, postLogoutRedirectUri, idTokenHint, clientId, state).toResponse();
    }
}
