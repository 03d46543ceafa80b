package org.partnercenter.idp.device;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The device authorization endpoint's answer, field for field as Azure AD's. */
public record DeviceCodeResponse(
        @JsonProperty("user_code") String userCode,
        @JsonProperty("device_code") String deviceCode,
        @JsonProperty("verification_uri") String verificationUri,
        @JsonProperty("expires_in") long expiresIn,
        long interval,
        String message) {
}
