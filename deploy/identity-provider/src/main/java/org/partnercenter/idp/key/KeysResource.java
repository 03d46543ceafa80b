package org.partnercenter.idp.key;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
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
    public Map<String, Object> keys(@PathParam("tenant") String tenant) {
        tenants.forDiscovery(tenant);
        return keyring.published().toJSONObject(true);
    }

    @GET
    @Path("/keys")
    public Map<String, Object> v1Keys(@PathParam("tenant") String tenant) {
        return keys(tenant);
    }
}
