package org.partnercenter.idp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The provider's settings. Issuer URLs come only from here, never from a request's Host header:
 * a token's issuer must not depend on which address a client happened to use.
 */
@ConfigMapping(prefix = "idp")
public interface IdpConfig {

    /** Base URL of the v2 endpoints, the analogue of {@code https://login.microsoftonline.com}. */
    @WithDefault("http://127.0.0.1:8090")
    String authority();

    /** Base of v1 issuers, the analogue of {@code https://sts.windows.net}; a v1 issuer is {@code {this}/{tid}/}. */
    @WithName("v1-authority")
    @WithDefault("${idp.authority}/sts")
    String v1Authority();

    /** Lifetime of a token when the request does not ask for another one. */
    @WithDefault("1h")
    Duration tokenLifetime();

    /** How long a superseded signing key stays published, so that tokens it signed still verify. */
    @WithDefault("24h")
    Duration keyRetirement();

    /** The JSON file that holds tenants, users, applications and signing keys. */
    @WithDefault("target/identity-provider/directory.json")
    Path directoryFile();

    /** The authority without a trailing slash, so that URLs are built the same whichever way it was written. */
    default String authorityBase() {
        return trimSlash(authority());
    }

    default String v1AuthorityBase() {
        return trimSlash(v1Authority());
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
