package org.partnercenter.gateway.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public and unauthenticated: the portal reads it before anyone has signed in. */
@Path("/portal-config.json")
public class PortalSettingsResource {

    private final PortalConfig config;

    PortalSettingsResource(PortalConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public PortalSettings settings() {
        return PortalSettings.of(config);
    }
}
