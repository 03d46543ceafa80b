package org.partnercenter.idp.device;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** The device login page, where a person enters the code their device shows, then signs in. */
@Path(DeviceCodeService.DEVICE_LOGIN_PATH)
public class DeviceLoginResource {

    private final DeviceLoginService deviceLogin;

    DeviceLoginResource(DeviceLoginService deviceLogin) {
        this.deviceLogin = deviceLogin;
    }

    @GET
    public Response page() {
        return DeviceLoginPages.enterCode(null, null).toResponse();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> form) {
        return deviceLogin.submit(form).toResponse();
    }
}
