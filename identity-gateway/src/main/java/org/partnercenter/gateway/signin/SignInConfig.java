package org.partnercenter.gateway.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Where Azure AD (Microsoft Entra ID) tokens come from and what this API accepts of them. */
@ConfigMapping(prefix = "gateway.sign-in")
public interface SignInConfig {

    /** The v2 authority; v2 issuers are {@code {authority}/{tid}/v2.0}, discovery lives below it. */
    @WithDefault("https://login.microsoftonline.com")
    String authority();

    /** The v1 issuer authority; v1 issuers are {@code {v1-authority}/{tid}/}. */
    @WithDefault("https://sts.windows.net")
    String v1Authority();

    /** This API's audience: its URI and its app id, both accepted as the real service does. */
    @WithDefault("https://api.partnercenter.microsoft.com,fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd")
    List<String> audiences();

    /** Tolerated clock difference for {@code exp} and {@code nbf}. */
    @WithDefault("60s")
    Duration clockSkew();

    /** An unknown {@code kid} refreshes a tenant's JWKS at most once per this interval. */
    @WithDefault("1m")
    Duration jwksRefreshInterval();
}
