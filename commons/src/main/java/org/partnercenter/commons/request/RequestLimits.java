package org.partnercenter.commons.request;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * The limits every request meets before any route runs (the README's "Input limits" table). Netty's own limits
 * are set far above these (commons' microprofile-config.properties), so that a request between the two is
 * refused by {@link RequestGuard} in the error shape rather than by the HTTP decoder with an empty body.
 */
@ConfigMapping(prefix = "partner-center.request-limits")
public interface RequestLimits {

    /** Characters of the request target (path and query): 414 above it. */
    @WithDefault("8192")
    int maxUriLength();

    /** Bytes of all header names and values together: 431 above it (Azure AD tokens take up to ~6 KB). */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** Query parameters in one request: 400 above it. */
    @WithDefault("32")
    int maxQueryParameters();

    /** Characters of one decoded query parameter value: 400 above it. */
    @WithDefault("2048")
    int maxQueryValueLength();

    /** Request body of any route without a family of its own: 413 above it. */
    @WithDefault("1M")
    MemorySize maxBody();

    /**
     * Route families that take larger bodies (bulk uploads), by path prefix, e.g.
     * {@code partner-center.request-limits.max-body-by-path."/v1/pricelists"=64M}; the longest prefix wins.
     */
    Map<String, MemorySize> maxBodyByPath();
}
