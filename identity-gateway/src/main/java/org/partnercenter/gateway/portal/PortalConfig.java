package org.partnercenter.gateway.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How the web portal signs users in: read by the portal at run time, so one build serves every deployment. */
@ConfigMapping(prefix = "gateway.portal")
public interface PortalConfig {

    /**
     * The portal's app registration (a multi-tenant single-page application with this origin's
     * {@code /signin-callback} as a redirect URI); absent, the portal says sign-in is not configured.
     */
    Optional<String> clientId();

    /** The OpenID Connect authority the portal signs in with: Azure AD's multi-tenant {@code organizations}. */
    String authority();

    /** The scopes asked for: this API's delegated permission, an ID token and a refresh token. */
    @WithDefault("https://api.partnercenter.microsoft.com/user_impersonation openid profile offline_access")
    String scope();
}
