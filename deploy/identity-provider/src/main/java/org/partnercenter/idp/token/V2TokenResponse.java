package org.partnercenter.idp.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The v2 token endpoint's answer; {@code scope} is present for user tokens only, as in Azure AD, and
 * {@code id_token} and {@code refresh_token} for interactive sign-ins only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record V2TokenResponse(
        @JsonProperty("token_type") String tokenType,
        String scope,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("ext_expires_in") long extExpiresIn,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("id_token") String idToken,
        @JsonProperty("refresh_token") String refreshToken) {

    static V2TokenResponse of(IssuedToken token) {
        String scope = token.grant().isAppOnly() ? null : token.grant().resource().responseScope();
        return new V2TokenResponse("Bearer", scope, token.expiresInSeconds(), token.expiresInSeconds(),
                token.accessToken(), token.idToken(), token.refreshToken());
    }
}
