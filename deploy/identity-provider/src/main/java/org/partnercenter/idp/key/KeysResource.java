package org.partnercenter.idp.key;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.partnercenter.idp.directory.Tenants;

/** The JWKS, at Azure AD's v2 and v1 addresses. Every tenant shares the same keys, as in Azure AD. */
@Path("/{tenant}/discovery")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    private final SigningKeyring keyring;
    private final Tenants tenants;

    KeysResource(SigningKeyring keyring, Tenants tenants) {
        this.keyring = keyring;
        this.tenants = tenants;
    }

    @GET
    @Path("/v2.0/keys")
    public String keys(@PathParam("tenant") String tenant) {
        tenants.forDiscovery(tenant);
        return keyring.published().toJson(OutputControlLevel.PUBLIC_ONLY);
    }

    @GET
    @Path("/keys")
    public String v1Keys(@PathParam("tenant") String tenant) {
        return keys(tenant);
    }
}
