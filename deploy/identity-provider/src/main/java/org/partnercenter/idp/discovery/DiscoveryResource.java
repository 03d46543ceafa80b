package org.partnercenter.idp.discovery;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.partnercenter.idp.directory.Tenants;

/** {@code /.well-known/openid-configuration} at Azure AD's v2 and v1 addresses. */
@Path("/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class DiscoveryResource {

    private final DiscoveryDocuments documents;
    private final Tenants tenants;

    DiscoveryResource(DiscoveryDocuments documents, Tenants tenants) {
        this.documents = documents;
        this.tenants = tenants;
    }

    @GET
    @Path("/v2.0/.well-known/openid-configuration")
    public Map<String, Object> v2(@PathParam("tenant") String tenant) {
        return documents.v2(tenants.forDiscovery(tenant));
    }

    @GET
    @Path("/.well-known/openid-configuration")
    public Map<String, Object> v1(@PathParam("tenant") String tenant) {
        return documents.v1(tenants.forDiscovery(tenant));
    }
}
