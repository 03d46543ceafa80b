package org.partnercenter.idp.device;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.partnercenter.idp.token.TokenForm;

/**
 * Azure AD's v2 device authorization endpoint (RFC 8628), and a development-only approval that stands in
 * for the user at the device login page, so that automated tests need no browser.
 */
@Path("/{tenant}/oauth2/v2.0/devicecode")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceCodeResource {

    private final DeviceCodeService deviceCodes;
    private final DeviceApprovals approvals;

    DeviceCodeResource(DeviceCodeService deviceCodes, DeviceApprovals approvals) {
        this.deviceCodes = deviceCodes;
        this.approvals = approvals;
    }

    // The device code is a credential until it is redeemed: the answer must not be cached (RFC 8628, 3.2).
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("tenant") String tenant, MultivaluedMap<String, String> form) {
        return Response.ok(deviceCodes.start(tenant, new TokenForm(form)))
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("tenant") String tenant, DeviceApproval approval) {
        approvals.approve(tenant, approval);
        return Response.noContent().build();
    }
}
