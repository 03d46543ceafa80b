package org.partnercenter.idp.device;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of the development-only {@code POST /{tenant}/oauth2/v2.0/devicecode/approve}: what the user would type
 * on the device login page.
 *
 * @param userCode the code the device shows, with or without its hyphen, in any case
 * @param otp the current authenticator code, required for a user with MFA
 */
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record DeviceApproval(
        @JsonProperty("user_code") @JsonAlias("userCode") String userCode,
        String userPrincipalName,
        String password,
        String otp) {
}
