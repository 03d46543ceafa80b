package org.partnercenter.idp.oidc;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Test only: a resource protected by Quarkus OIDC, answering who the token says the caller is. */
@Path("/" + WhoAmIResource.ROOT + "/{tenant}/{version}/whoami")
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {

    static final String ROOT = "test-protected";

    @Inject
    JsonWebToken token;

    @GET
    @Authenticated
    public Map<String, Object> whoAmI() {
        return Map.of("tid", token.getClaim("tid"), "oid", token.getClaim("oid"), "issuer", token.getIssuer());
    }
}
