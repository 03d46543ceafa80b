package org.partnercenter.idp.device;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.partnercenter.idp.directory.Located;
import org.partnercenter.idp.directory.User;
import org.partnercenter.idp.error.AadErrors;
import org.partnercenter.idp.error.DeviceCodeErrors;
import org.partnercenter.idp.mfa.Totp;
import org.partnercenter.idp.session.DeviceAuthorization;
import org.partnercenter.idp.session.DeviceCodes;
import org.partnercenter.idp.session.SignInSession;
import org.partnercenter.idp.signin.UserLookup;

/**
 * Development only: approves a waiting device as if its user had typed the code, their password and, with
 * MFA, their authenticator code on the device login page. The checks are the pages' own.
 */
@ApplicationScoped
public class DeviceApprovals {

    private final DeviceCodes deviceCodes;
    private final UserLookup users;
    private final Totp totp;
    private final Clock clock;

    DeviceApprovals(DeviceCodes deviceCodes, UserLookup users, Totp totp, Clock clock) {
        this.deviceCodes = deviceCodes;
        this.users = users;
        this.totp = totp;
        this.clock = clock;
    }

    void approve(String tenantSegment, DeviceApproval approval) {
        if (approval == null || isBlank(approval.userCode()) || isBlank(approval.userPrincipalName())
                || isBlank(approval.password())) {
            throw AadErrors.invalidBody("'user_code', 'userPrincipalName' and 'password' are required, and 'otp' "
                    + "for a user with MFA, such as {\"user_code\": \"WDJB-MJHT\", \"userPrincipalName\": "
                    + "\"ada@contoso.example\", \"password\": \"...\"}.");
        }
        DeviceAuthorization waiting = deviceCodes.waitingFor(approval.userCode())
                .orElseThrow(() -> DeviceCodeErrors.userCodeUnknown(approval.userCode()));
        if (!waiting.tenantSegment().equalsIgnoreCase(tenantSegment)) {
            throw DeviceCodeErrors.userCodeOfAnotherAuthority(waiting.tenantSegment());
        }
        Located<User> user = users.withPassword(waiting.tenantSegment(), approval.userPrincipalName(),
                approval.password()).orElseThrow(AadErrors::invalidCredentials);
        boolean mfa = user.value().hasMfa();
        if (mfa && isBlank(approval.otp())) {
            throw DeviceCodeErrors.authenticatorCodeMissing();
        }
        if (mfa && !totp.verify(user.value().totpSecret(), approval.otp())) {
            throw DeviceCodeErrors.authenticatorCodeWrong();
        }
        SignInSession session = SignInSession.started(user, waiting.clientId(), mfa, clock.instant());
        if (!deviceCodes.approve(waiting.deviceCode(), session)) {
            throw DeviceCodeErrors.userCodeUnknown(approval.userCode());
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
