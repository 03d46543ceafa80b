package org.partnercenter.idp.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The v1 token endpoint's answer. Azure AD's v1 endpoint writes its numbers as strings and adds
 * {@code expires_on}, {@code not_before} (epoch seconds) and {@code resource}; ADAL-era clients read them so.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record V1TokenResponse(
        @JsonProperty("token_type") String tokenType,
        String scope,
        @JsonProperty("expires_in") String expiresIn,
        @JsonProperty("ext_expires_in") String extExpiresIn,
        @JsonProperty("expires_on") String expiresOn,
        @JsonProperty("not_before") String notBefore,
        String resource,
        @JsonProperty("access_token") String accessToken) {

    static V1TokenResponse of(IssuedToken token) {
        String scope = token.grant().isAppOnly() ? null : token.grant().resource().delegatedScopes();
        String expiresIn = Long.toString(token.expiresInSeconds());
        return new V1TokenResponse("Bearer", scope, expiresIn, expiresIn,
                Long.toString(token.expiresOn().getEpochSecond()), Long.toString(token.notBefore().getEpochSecond()),
                token.grant().resource().audience(), token.accessToken());
    }
}
