package org.partnercenter.cli.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What {@code login} keeps in the token cache. App-only sign-ins keep their client secret so that the token can be
 * renewed without a prompt, as az keeps a service principal's; the file is readable by its owner only.
 *
 * @param kind "user" (device code), "app" (client credentials) or "token" (an access token given as is)
 * @param tenant the authority path segment used: a tenant id or "organizations"
 * @param expiresOn epoch seconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CachedToken(String kind, String authority, String tenant, String clientId, String clientSecret,
        String scope, String accessToken, String refreshToken, Long expiresOn) {

    /** Renewed a minute early: a token that expires on its way to the gateway is a 401 for nothing. */
    public boolean expiredAt(Instant now) {
        return expiresOn != null && !now.isBefore(Instant.ofEpochSecond(expiresOn).minusSeconds(60));
    }

    public CachedToken renewed(String accessToken, String refreshToken, Long expiresOn) {
        return new CachedToken(kind, authority, tenant, clientId, clientSecret, scope, accessToken,
                refreshToken == null ? this.refreshToken : refreshToken, expiresOn);
    }
}
