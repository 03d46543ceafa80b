package org.partnercenter.idp.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.partnercenter.idp.page.PageAnswer;
import org.partnercenter.idp.session.DeviceAuthorization;
import org.partnercenter.idp.session.DeviceCodes;
import org.partnercenter.idp.signin.SignInService;

/**
 * The device login page's form: a code that a device waits for leads to the sign-in pages of the
 * authorization endpoint, at the authority the device asked; Cancel declines the device instead.
 */
@ApplicationScoped
public class DeviceLoginService {

    private final DeviceCodes deviceCodes;
    private final SignInService signIn;

    DeviceLoginService(DeviceCodes deviceCodes, SignInService signIn) {
        this.deviceCodes = deviceCodes;
        this.signIn = signIn;
    }

    PageAnswer submit(MultivaluedMap<String, String> form) {
        String typed = form == null ? null : form.getFirst("user_code");
        Optional<DeviceAuthorization> waiting = deviceCodes.waitingFor(typed);
        if (waiting.isEmpty()) {
            return DeviceLoginPages.enterCode(typed, DeviceLoginPages.WRONG_CODE);
        }
        DeviceAuthorization device = waiting.get();
        if ("cancel".equals(form.getFirst("action"))) {
            return deviceCodes.decline(device.deviceCode())
                    ? DeviceLoginPages.cancelled(device.clientName())
                    : DeviceLoginPages.enterCode(typed, DeviceLoginPages.WRONG_CODE);
        }
        return signIn.beginFor(device.tenantSegment(), device.clientId(), device.clientName(), device.scope(),
                new DeviceSignInFinish(device.deviceCode(), device.clientName(), deviceCodes));
    }
}
