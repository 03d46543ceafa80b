package org.partnercenter.gateway.internaltoken;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;

/** The services fetch the gateway's public key here to verify internal tokens. */
@Path("/internal/jwks")
@PermitAll
public class JwksResource {

    private final InternalTokenKeys keys;

    JwksResource(InternalTokenKeys keys) {
        this.keys = keys;
    }

    @GET
    public Map<String, Object> jwks() {
        return keys.jwks();
    }
}
