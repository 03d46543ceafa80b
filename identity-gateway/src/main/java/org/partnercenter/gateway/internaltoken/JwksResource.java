package org.partnercenter.gateway.internaltoken;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The services fetch the gateway's public key here to verify internal tokens. */
@Path("/internal/jwks")
@PermitAll
public class JwksResource {

    private final InternalTokenKeys keys;

    JwksResource(InternalTokenKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String jwks() {
        return keys.jwks();
    }
}
