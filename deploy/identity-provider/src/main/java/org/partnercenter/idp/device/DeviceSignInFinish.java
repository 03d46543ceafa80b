package org.partnercenter.idp.device;

import org.partnercenter.idp.page.PageAnswer;
import org.partnercenter.idp.session.DeviceCodes;
import org.partnercenter.idp.session.SignInSession;
import org.partnercenter.idp.signin.SignInFinish;

/** The end of the sign-in pages for a device: approve it, or decline it when the user failed for good. */
record DeviceSignInFinish(String deviceCode, String clientName, DeviceCodes deviceCodes) implements SignInFinish {

    @Override
    public PageAnswer signedIn(SignInSession session) {
        return deviceCodes.approve(deviceCode, session)
                ? DeviceLoginPages.signedIn(clientName)
                : DeviceLoginPages.enterCode(null, DeviceLoginPages.EXPIRED_CODE);
    }

    // The device would otherwise poll until its code expires: declining tells it at its next poll.
    @Override
    public PageAnswer failed(int aadstsCode, String description) {
        deviceCodes.decline(deviceCode);
        return DeviceLoginPages.failed(aadstsCode, description);
    }
}
